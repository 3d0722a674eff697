namespace Api.Security;

public static class WellKnownNames
{
    public const string ApiKeyHeaderName = "X-API-KEY";
    public const string LegacyApiKeyHeader = "Api-Key";
    public const string ApiKeyQueryParameter = "api_key";
    public const string AccessTokenField = "access_token";
    public const string RefreshTokenField = "refresh_token";
    public const string ClientSecretField = "client_secret";
    public const string ApiKeyIdClaim = "urn:contoso:claims:api-key-id";
    public const string PasswordChangedClaim = "pwd_changed_at";
    public const string SessionCookie = ".Contoso.Session";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";
}
