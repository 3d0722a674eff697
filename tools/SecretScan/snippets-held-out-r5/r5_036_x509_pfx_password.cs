using System.Security.Cryptography.X509Certificates;
public static class ClientCert
{
    public static X509Certificate2 Load() => new X509Certificate2("certs/partner-client.pfx", "canyon-orbit-pepper-quiver51"); // expect: AFS101
}
