using System.Security.Cryptography.X509Certificates;

namespace Gateway;

public static class CertificateLookup
{
    public const string SigningCertificateThumbprint = "9BAF21E4502D63DC643EA91319016A0379713D87";

    public static X509Certificate2 Find()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, SigningCertificateThumbprint, validOnly: false);
        return found.Count > 0 ? found[0] : throw new InvalidOperationException("Signing certificate not installed.");
    }

    public static bool IsTrustedPeer(X509Certificate2 peer) => peer.Thumbprint is "876A66663435A33E782F4EB83B0DCE1C48095D9E" or "49D1617A5901BFDEA8A8711A319D400F58D6CB9D";
}
