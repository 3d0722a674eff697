using System.Text.RegularExpressions;
public static partial class SecretPatterns
{
    [GeneratedRegex(@"[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}")]
    public static partial Regex EntraClientSecret();
    public const string GitHubToken = @"gh[pousr]_[A-Za-z0-9]{36}";
}
