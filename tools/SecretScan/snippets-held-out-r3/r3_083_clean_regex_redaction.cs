using System.Text.RegularExpressions;

namespace Logging;

public static partial class Redactor
{
    [GeneratedRegex(@"(?i)\b(password|pwd|accountkey|sharedaccesskey)\s*=\s*[^;]*")]
    private static partial Regex ConnectionStringSecret();

    [GeneratedRegex(@"(?i)(sig|api[_-]?key|access_token)=[^&\s]+")]
    private static partial Regex QuerySecret();

    public static string Redact(string text) =>
        QuerySecret().Replace(ConnectionStringSecret().Replace(text, "$1=***"), "$1=***");

    public const string Example = "Server=db;User Id=app;Password=***;";
}
