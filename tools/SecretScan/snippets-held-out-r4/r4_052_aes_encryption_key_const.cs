using System.Security.Cryptography;
using System.Text;

namespace Legacy.Crypto;

public static class FieldCipher
{
    private const string EncryptionKey = "R4Rfw12E9BM5iFdEUdwn9VT9Azz3eu06ZaqolQh6";  // expect: AFS101

    public static byte[] Encrypt(string plain)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(EncryptionKey[..32]);
        aes.GenerateIV();
        var cipher = aes.EncryptCbc(Encoding.UTF8.GetBytes(plain), aes.IV);
        return aes.IV.Concat(cipher).ToArray();
    }
}
