using System;
using System.Security.Cryptography;
using System.Text;

// The keys of the published HMAC test vectors (RFC 2202, RFC 4231: "Jefe", 0x0b repeated, 0x01..0x19) are known to
// everyone and only check an implementation; a chosen or generated HMAC key in the same calls stays reported.
namespace Corpus.R3HmacTestVectors
{
    public static class Vectors
    {
        public static byte[] Case2(byte[] data)
        {
            using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("Jefe"));
            return hmac.ComputeHash(data);
        }

        public static byte[] Case1(byte[] data) => HMACSHA256.HashData(Convert.FromHexString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), data);

        public static byte[] Case3(byte[] data)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("0102030405060708090a0b0c0d0e0f10111213141516171819"));
            return hmac.ComputeHash(data);
        }
    }

    public static class Webhooks
    {
        public static byte[] Sign(byte[] data)
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("Wh-Signing#Lantern-2024")); // expect: AFS101
            return hmac.ComputeHash(data);
        }
    }
}
