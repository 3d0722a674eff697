using Microsoft.Extensions.Logging;

namespace Metadata.Providers;

public static class ProviderLog
{
    public static void ApiKeyMissing(ILogger logger, string provider) =>
        logger.LogWarning("API key for {Provider} is missing; skipping metadata refresh", provider);

    public static void SecretRotated(ILogger logger) => logger.LogInformation("Client secret rotated; new secret takes effect on restart");
}
