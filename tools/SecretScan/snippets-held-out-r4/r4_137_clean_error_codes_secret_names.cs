namespace Identity.Errors;

public static class EntraErrors
{
    public const string InvalidClientSecret = "AADSTS7000215";
    public const string ExpiredClientSecret = "AADSTS7000222";
    public const string InvalidPassword = "AADSTS50126";
    public const string ClientSecretError = "invalid_client";
    public const string RefreshTokenExpired = "invalid_grant";

    public static bool IsSecretProblem(string code) => code is InvalidClientSecret or ExpiredClientSecret;
}
