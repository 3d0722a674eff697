public static class PolicyText
{
    public const string Rule = "Passwords must be at least 12 characters and contain a digit.";
    public const string Reused = "This password was used recently; choose another one.";
}
