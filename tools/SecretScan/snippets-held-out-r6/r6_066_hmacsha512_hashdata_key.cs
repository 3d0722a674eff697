using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Outbound;

public static class PayloadSigner
{
    public static string Sign(ReadOnlySpan<byte> payload)
    {
        var mac = HMACSHA512.HashData(Encoding.UTF8.GetBytes("ry21qF8MzDYfQqnill4974n14Tp00ELuECc3enQF"), payload); // expect: AFS101
        return "sha512=" + Convert.ToHexString(mac).ToLowerInvariant();
    }
}
