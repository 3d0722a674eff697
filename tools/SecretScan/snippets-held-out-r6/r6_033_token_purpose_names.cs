namespace Accounts.Identity;

public static class TokenPurposes
{
    public const string PasswordReset = "ResetPassword";
    public const string ConfirmEmail = "EmailConfirmation";
    public const string ApiKeyQueryName = "api_key";
    public const string AccessTokenQueryName = "access_token";
}
