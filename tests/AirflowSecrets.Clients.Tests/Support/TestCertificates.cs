using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AirflowSecrets.Clients.Tests.Support;

/// <summary>A throw-away CA and a server certificate it signed (for <c>localhost</c> only), written as PEM files.</summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates(string folder, bool includeLoopbackAddresses)
    {
        using RSA caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=AirflowSecrets test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        using RSA serverKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        if (includeLoopbackAddresses)
        {
            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
        byte[] serial = RandomNumberGenerator.GetBytes(12);
        using X509Certificate2 signed = request.Create(Ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(6), serial);
        Server = signed.CopyWithPrivateKey(serverKey);

        CaPath = Path.Combine(folder, "ca.pem");
        ServerCertificatePath = Path.Combine(folder, "server.pem");
        ServerKeyPath = Path.Combine(folder, "server.key");
        ServerProcess.Write(CaPath, Ca.ExportCertificatePem());
        ServerProcess.Write(ServerCertificatePath, Server.ExportCertificatePem());
        ServerProcess.Write(ServerKeyPath, serverKey.ExportPkcs8PrivateKeyPem());
    }

    public X509Certificate2 Ca { get; }

    /// <summary>The server certificate with its key (for Kestrel).</summary>
    public X509Certificate2 Server { get; }

    public string CaPath { get; }

    public string ServerCertificatePath { get; }

    public string ServerKeyPath { get; }

    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
    }
}
