using System.Security.Cryptography.X509Certificates;
public static class Certs
{
    public static X509Certificate2 Load() => new X509Certificate2("certs/signing.pfx", "Pfx!Exp0rt-2024"); // expect: AFS101
}
