using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Web.Models;

public sealed class RegisterModel
{
    [Required, EmailAddress]
    public string Email { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Password"), StringLength(100, MinimumLength = 12)]
    public string Password { get; set; } = "";

    [DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class TokenRequest
{
    [JsonPropertyName("client_secret")] public string? ClientSecret { get; set; }
    [JsonPropertyName("api_key")] public string? ApiKey { get; set; }
}
