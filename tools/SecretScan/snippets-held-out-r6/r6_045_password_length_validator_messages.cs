namespace Accounts.Validation;

public static class PasswordRules
{
    public static IEnumerable<string> Check(string password)
    {
        if (password.Length < 12) yield return "Password must be at least 12 characters.";
        if (!password.Any(char.IsDigit)) yield return "Password must contain a digit.";
        if (password.Contains(' ')) yield return "Password must not contain spaces.";
    }
}
