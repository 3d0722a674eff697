namespace Samples.Config;

public sealed class ExternalServiceOptions
{
    public string ClientSecret { get; set; } = "<your-client-secret>";
    public string ApiKey { get; set; } = "YOUR_API_KEY_HERE";
    public string Password { get; set; } = "REPLACE_ME";
    public string WebhookSecret { get; set; } = "xxxxxxxxxxxxxxxxxxxxxxxx";
    public string SmtpPassword { get; set; } = "********";
    public string AdminPassword { get; set; } = "changeme";
    public string AccessToken { get; set; } = "[Enter access token]";
}
