using System;
using System.Security.Cryptography;
using System.Text;
public static class ShipmentWebhook
{
    public static bool Verify(string body, string signatureHex)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("sGDRfRdrC07I09SL7l7lXNpyxGf7nkNh57MnwRzr")); // expect: AFS101
        var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        return string.Equals(expected, signatureHex, StringComparison.OrdinalIgnoreCase);
    }
}
