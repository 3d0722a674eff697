using System.Collections.Generic;
public static class TokenRequest
{
    public const string GrantTypeRefreshToken = "refresh_token";
    public const string ClientSecretParameter = "client_secret";
    public const string AccessTokenField = "access_token";
    public static Dictionary<string, string> Body(string refreshToken) => new()
    {
        ["grant_type"] = GrantTypeRefreshToken,
        [RefreshTokenField] = refreshToken,
    };
    private const string RefreshTokenField = "refresh_token";
}
