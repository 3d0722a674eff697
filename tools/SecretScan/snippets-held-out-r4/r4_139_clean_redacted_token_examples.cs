namespace Cli.Help;

public static class Examples
{
    public const string GitHub = "gh auth login --with-token <<< ghp_************************************";
    public const string Slack = "SLACK_BOT_TOKEN=xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX";
    public const string Stripe = "Stripe:SecretKey = sk_live_...REDACTED";
    public const string Entra = "AZURE_CLIENT_SECRET=xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
}
