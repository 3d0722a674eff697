using System.Security.Cryptography;

namespace Backups.Encryption;

public static class ArchiveKey
{
    private static readonly byte[] Salt = Convert.FromHexString("6f1c2b9a8e7d4c3b2a1f0e9d8c7b6a59");

    public static byte[] Derive() =>
        Rfc2898DeriveBytes.Pbkdf2("raven meadow nimbus glacier 51", Salt, 600_000, HashAlgorithmName.SHA256, 32);  // expect: AFS101
}
