using System.Text.RegularExpressions;

namespace Repo.Hygiene;

public sealed record ScanRule(string Id, string Prefix, Regex Pattern);

public static class Rules
{
    public static readonly ScanRule[] All =
    {
        new("github-pat", "ghp_", new Regex("ghp_[A-Za-z0-9]{36}")),
        new("slack-bot", "xoxb-", new Regex(@"xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}")),
        new("stripe-live", "sk_live_", new Regex("sk_live_[A-Za-z0-9]{24,99}")),
        new("aws-access-key", "AKIA", new Regex("AKIA[A-Z2-7]{16}")),
        new("entra-secret", "Q~", new Regex(@"[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}")),
    };
}
