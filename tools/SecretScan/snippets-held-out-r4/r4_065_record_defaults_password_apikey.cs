namespace Integrations.Config;

public sealed record SftpTarget(string Host, string User = "edi", string Password = "Copper691^", int Port = 22);  // expect: AFS101

public sealed record CarrierApiOptions
{
    public Uri BaseUrl { get; init; } = new("https://api.carrier-express.com/v2/");
    public string ApiKey { get; init; } = "RikeUabziaNCQIg5Ep0ZMq71tONwXOVLlCPz6fsc";  // expect: AFS101
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
}
