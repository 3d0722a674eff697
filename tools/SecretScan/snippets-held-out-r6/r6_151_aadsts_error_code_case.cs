namespace Portal.Web.Errors;

public static class EntraErrors
{
    public const string InvalidClientSecret = "AADSTS7000215";
    public const string ExpiredClientSecret = "AADSTS7000222";

    public static bool IsSecretProblem(string message) => message.Contains(InvalidClientSecret) || message.Contains(ExpiredClientSecret);
}
