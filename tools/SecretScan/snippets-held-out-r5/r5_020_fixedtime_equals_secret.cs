using System.Security.Cryptography;
using System.Text;
public static class CallbackGuard
{
    public static bool IsTrusted(string sharedSecret) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(sharedSecret),
            Encoding.UTF8.GetBytes("5zcbsueUTWlrEUUEOg88SAtuGbKGHXMWdqyQ")); // expect: AFS101
}
