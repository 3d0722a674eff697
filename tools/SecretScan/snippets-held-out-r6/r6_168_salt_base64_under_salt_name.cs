using System.Security.Cryptography;

namespace Accounts.Tests;

public static class KdfFixtures
{
    public static readonly byte[] Salt = Convert.FromBase64String("q2Xw7Kp1Zr9Lm4Nb0Vc8Tg==");
    public const string ExpectedHashBase64 = "o9H1mC3sX7bQ2vK8pL5nR4tY6wE0zA1dF3gJ5hM7kN9q";
}
