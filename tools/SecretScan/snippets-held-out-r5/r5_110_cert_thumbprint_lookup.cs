using System.Security.Cryptography.X509Certificates;
public static class SigningCert
{
    private const string Thumbprint = "158D6EBA9296FB9D03614885A2110B724C4068B6";
    public static X509Certificate2? Find()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, Thumbprint, validOnly: false);
        return found.Count > 0 ? found[0] : null;
    }
}
