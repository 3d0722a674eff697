using System.Security.Cryptography;
using System.Text;

namespace Partner.Callbacks;

public static class CallbackSigner
{
    public static string Sign(string payload)
    {
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("NbMSVbaq7ONlyQI5BZKOS3i4LjgTKKqH50BUYbKP"), Encoding.UTF8.GetBytes(payload));  // expect: AFS101
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}
