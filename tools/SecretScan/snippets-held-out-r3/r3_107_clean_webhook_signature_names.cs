using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Webhooks;

public sealed class SignatureVerifier(IOptions<WebhookOptions> options)
{
    public const string GitHubHeader = "X-Hub-Signature-256";
    public const string StripeHeader = "Stripe-Signature";
    public const string Prefix = "sha256=";

    public bool IsValid(string body, string header)
    {
        var key = Encoding.UTF8.GetBytes(options.Value.Secret);
        var expected = Prefix + Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header));
    }
}
