using System.Text.RegularExpressions;

namespace Accounts.Validation;

public static class PasswordPolicy
{
    public const string Pattern = "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,128}$";

    public static readonly Regex Strong = new(Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
