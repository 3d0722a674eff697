using System.Security.Cryptography;

namespace Webhooks;

public static class Signer
{
    private static readonly byte[] Key = Convert.FromHexString("0e40d86b9f0be4637fe25cacdd5492dcc5f0e97d17c9d26d8eeac9ebfd5362fe"); // expect: AFS101

    public static string Sign(byte[] body) => Convert.ToHexString(HMACSHA256.HashData(Key, body));
}
