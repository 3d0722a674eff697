using System.Security.Cryptography.X509Certificates;

namespace Signing;

public static class CertificateLookup
{
    public const string SigningThumbprint = "7A3F91C0D2B8E64F5A1C9D0E3B7F2A6C8D4E1B05";

    public static X509Certificate2? Find()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        return store.Certificates.Find(X509FindType.FindByThumbprint, SigningThumbprint, false).FirstOrDefault();
    }
}
