public static class Features
{
    public const string PasswordlessLogin = "pm-passwordless-login";
    public const string RotateAccessToken = "rotate-access-token";
    public const string SecretsManager = "sm-ga-billing";
    public const string UserAccessToken = "user_access_token";
}
