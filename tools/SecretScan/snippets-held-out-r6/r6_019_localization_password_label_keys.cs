namespace Store.Web.Resources;

public static class LoginText
{
    public const string PasswordLabel = "Login.PasswordLabel";
    public const string ForgotPassword = "Login.ForgotPassword";
    public const string ApiKeyHint = "Settings.ApiKeyHint";
}
