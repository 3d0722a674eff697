using System.Text.RegularExpressions;

namespace Observability.Redaction;

public static class TokenPatterns
{
    public static readonly Regex GitHub = new(@"\bgh[pousr]_[A-Za-z0-9]{36}\b", RegexOptions.Compiled);
    public static readonly Regex Slack = new(@"\bxox[abposr]-[0-9A-Za-z-]{10,}\b", RegexOptions.Compiled);
    public static readonly Regex Stripe = new(@"\bsk_(live|test)_[0-9A-Za-z]{24,}\b", RegexOptions.Compiled);
}
