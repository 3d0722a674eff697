using System.Security.Cryptography;

namespace Licensing;

public static class LicenseVerifier
{
    private const string VerificationKeyPem =
        "-----BEGIN PUBLIC KEY-----\n" +
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3mKq0mXo5K8bq7Jt9pHqz7m1pW6v\n" +
        "Yx0v8dQhJ2kF4cN1rT9sLw3uE5aB6gC7iD8jK9lM0nO1pQ2rS3tU4vW5xY6zA==\n" +
        "-----END PUBLIC KEY-----\n";

    public static ECDsa Load() { var ecdsa = ECDsa.Create(); ecdsa.ImportFromPem(VerificationKeyPem); return ecdsa; }
}
