using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Auth;

public static class Endpoints
{
    public const string Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0";
    public const string TokenEndpoint = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token";
    public const string GraphScope = "https://graph.microsoft.com/.default";
    public const string GrantType = "grant_type=client_credentials";
    public const string PasswordGrant = "password";

    public static IConfidentialClientApplication Build(IConfiguration c) => ConfidentialClientApplicationBuilder
        .Create(c["Auth:ClientId"])
        .WithAuthority(Authority)
        .WithClientSecret(c["Auth:ClientSecret"])
        .Build();
}
