public static class AuthNames
{
    public const string ApiKeyHeaderName = "X-Api-Key";
    public const string ApiKeyEnvironmentVariable = "PAYMENTS_API_KEY";
    public const string PasswordVariable = "SMTP_PASSWORD";
    public const string ClientSecretSetting = "Payments:ClientSecret";
}
