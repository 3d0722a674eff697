namespace Samples.Console;

public sealed class SampleSettings
{
    public string ApiKey { get; set; } = "INSERT_YOUR_KEY_HERE";
    public string Password { get; set; } = "[insert password]";
    public string AccessToken { get; set; } = "paste-token-here";
    public string ClientSecret { get; set; } = "TODO: set in user secrets";
    public string StorageKey { get; set; } = "{storage-account-key}";
    public string WebhookSecret { get; set; } = "(none)";
}
