using System.Text.Json.Serialization;

namespace Sso.Client;

public sealed class TokenResponse
{
    [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
    [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
    [JsonPropertyName("client_secret_expires_at")] public long? ClientSecretExpiresAt { get; set; }
}
