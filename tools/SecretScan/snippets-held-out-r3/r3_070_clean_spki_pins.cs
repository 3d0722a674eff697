using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mobile.Backend;

public static class Pinning
{
    private static readonly string[] Pins =
    {
        "JFa94FPGVxLnlMBrMZUQpz62LVKk7iom/JylteRb7XM=",
        "c/aBiC5gPNireuJcDaK8bCD5rcaCNuDp0nE5f6D8z9E=",
    };

    public const string HpkpHeader = "pin-sha256=\"sQjVzgC3GcD2ZNUpyROZV2vtyWzRMxZ787n5mBdbdq0=\"; max-age=5184000";

    public static bool Validate(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors)
    {
        if (cert is null) return false;
        var spki = new X509Certificate2(cert).PublicKey.ExportSubjectPublicKeyInfo();
        return Pins.Contains(Convert.ToBase64String(SHA256.HashData(spki)));
    }
}
