namespace Auth.Server.Config;

public static class Clients
{
    public static IEnumerable<Client> All() => new[]
    {
        new Client
        {
            ClientId = "spa",
            RequireClientSecret = false,
            RequirePkce = true,
            AllowedGrantTypes = { "authorization_code", "refresh_token" },
            AccessTokenLifetime = 900,
            RefreshTokenUsage = TokenUsage.OneTimeOnly,
            AllowedScopes = { "openid", "profile", "orders.read" },
        },
    };
}
