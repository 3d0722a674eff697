using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace Partner.Oauth;

public sealed class PartnerOAuthOptions
{
    [ConfigurationKeyName("client_id")] public string ClientId { get; set; } = "";
    [ConfigurationKeyName("client_secret")] public string ClientSecret { get; set; } = "";
    [ConfigurationKeyName("token_url")] public Uri? TokenUrl { get; set; }
}

public sealed record TokenPayload(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
