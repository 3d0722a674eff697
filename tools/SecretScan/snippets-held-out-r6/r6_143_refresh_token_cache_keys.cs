using Microsoft.Extensions.Caching.Memory;

namespace Accounts.Caching;

public sealed class TokenCache(IMemoryCache cache)
{
    private const string ApiKeysCacheKey = "auth:api-keys:v2";

    public string? RefreshToken(Guid userId) => cache.Get<string>($"refresh-token:{userId:N}");

    public void ForgetApiKeys() => cache.Remove(ApiKeysCacheKey);

    public static string SessionTokenKey(string deviceId) => "session-token:" + deviceId;
}
