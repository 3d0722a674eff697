using System.Security.Cryptography;

namespace Licensing.Issuer;

public static class LicenseKeys
{
    private const string SigningKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIt38ihBB5xP60aoVTjUprJbNJY5MJisRlaBVzs1wY6xt74+yqQqqbeRO\naGrNE0dIVu5C/VheFqrL41q19fAhWMSl76qDZEqd4kyqxvyGiKRr9Se63sppepGz\nDQITsKBBDvbEFdx5OKfJJAmF==\n-----END EC PRIVATE KEY-----";  // expect: AFS104

    public static ECDsa Load()
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(SigningKeyPem);
        return ecdsa;
    }
}
