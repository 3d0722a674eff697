namespace Media.Api.Auth;

public static class AuthHeaders
{
    public const string Token = "X-Emby-Token";
    public const string Authorization = "X-Emby-Authorization";
    public const string ApiKeyHeaderName = "X-Api-Key";
    public const string ClientSecretHeader = "X-Client-Secret";
}
