using System.Security.Cryptography;
using System.Text;

namespace Partner.Callbacks;

public sealed class CallbackSigner(IConfiguration configuration)
{
    private readonly byte[] _key = Convert.FromBase64String(configuration["Callbacks:SigningKey"] ?? throw new InvalidOperationException("Callbacks:SigningKey is not set."));

    public string Sign(string body)
    {
        using var hmac = new HMACSHA256(_key);
        return "v1=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
    }
}
