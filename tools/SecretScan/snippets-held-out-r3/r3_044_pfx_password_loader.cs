using System.Security.Cryptography.X509Certificates;

namespace Edge;

public static class Certificates
{
    public static X509Certificate2 LoadClientCertificate() =>
        X509CertificateLoader.LoadPkcs12FromFile("certs/edge-client.pfx", "Edge-Pfx-Export!26", X509KeyStorageFlags.EphemeralKeySet); // expect: AFS101
}
