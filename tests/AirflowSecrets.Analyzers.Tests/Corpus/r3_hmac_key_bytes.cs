using System;
using System.Security.Cryptography;
using System.Text;

// An HMAC key written as hex (Convert.FromHexString) or as text (Encoding.UTF8.GetBytes), kept in a byte[] field and
// given to new HMACSHA256(key) or HMACSHA256.HashData(key, …): the written key is the signing key.
namespace Corpus.R3HmacKeyBytes
{
    public static class Signer
    {
        private static readonly byte[] Key = Convert.FromHexString("0e40d86b9f0be4637fe25cacdd5492dcc5f0e97d17c9d26d8eeac9ebfd5362fe"); // expect: AFS101
        private static readonly byte[] Salt = Convert.FromHexString("9c1f4a7be2d05c38a61e7f94b0d2c85e");

        public static string Sign(byte[] body) => Convert.ToHexString(HMACSHA256.HashData(Key, body));

        public static byte[] Webhook(byte[] body)
        {
            byte[] key = Convert.FromHexString("5b7e2c9a41d8f03e6b1c7a4d29e85f0c3a6d1b8e47f2c905"); // expect: AFS101
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(body);
        }

        // Hex of zeros and the counting runs test code types are not keys.
        public static byte[] Zero(byte[] body) => HMACSHA256.HashData(Convert.FromHexString("0000000000000000000000000000000000000000"), body);

        public static byte[] Salted(byte[] body) => SHA256.HashData(Salt);
    }
}
