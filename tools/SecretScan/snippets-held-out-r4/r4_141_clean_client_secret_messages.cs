using Microsoft.Extensions.Logging;

namespace Jobs.Auth;

public static class CredentialCheck
{
    public static string Require(ILogger logger)
    {
        var secret = Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET");
        if (string.IsNullOrWhiteSpace(secret))
        {
            logger.LogError("Client secret not configured; set AZURE_CLIENT_SECRET or use a managed identity.");
            throw new InvalidOperationException("Client secret not configured; set AZURE_CLIENT_SECRET");
        }
        return secret;
    }
}
