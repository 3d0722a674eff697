public static class SignInFailures
{
    public const string InvalidClientSecret = "AADSTS7000215";
    public const string ExpiredPassword = "AADSTS50055";
    public const string WrongPassword = "wrong-password-for-test";
}
