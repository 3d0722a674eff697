using System;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AirflowSecrets.Testing
{
    // A throw-away server certificate for 127.0.0.1 and localhost, and the pin that trusts exactly it.
    internal static class LoopbackCertificate
    {
        private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

        public static X509Certificate2 Create()
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            // A name of its own per vault: a CA bundle may hold several of them, and chain building picks issuers by name.
            string id = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
            var request = new CertificateRequest("CN=AirflowSecrets loopback Key Vault " + id + " (test only)", key, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid(ServerAuthenticationOid) }, false));
            var subjectKey = new X509SubjectKeyIdentifierExtension(request.PublicKey, false);
            request.CertificateExtensions.Add(subjectKey);
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(subjectKey));
            DateTimeOffset now = DateTimeOffset.UtcNow;
            using X509Certificate2 created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

            // Kestrel on some platforms needs the key in a form only a PKCS#12 round trip gives.
            return new X509Certificate2(created.Export(X509ContentType.Pkcs12), (string?)null, X509KeyStorageFlags.Exportable);
        }

        // Accepts the one certificate whose SHA-256 is pinned, forgiving only the missing chain (it is self-signed).
        public static RemoteCertificateValidationCallback Pin(byte[] sha256) =>
            (sender, certificate, chain, errors) =>
                certificate != null
                && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None
                && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), sha256);
    }
}
