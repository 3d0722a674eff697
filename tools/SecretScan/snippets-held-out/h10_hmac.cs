using System.Security.Cryptography;
using System.Text;
public static class Webhook
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("whsec_7f3Kq9LmZ2xP8vR4tN6bY1cH5dJ0aG"); // expect: AFS101
    public static byte[] Sign(byte[] body) { using var h = new HMACSHA256(Key); return h.ComputeHash(body); }
}
