public class MarketDataOptions
{
    public string ApiKeyId { get; set; } = "md-key-7";
    public string ApiSecret { get; set; } = "BCQqgwRx1XrXC0hyYCxuHIKgaAh8iLJsz3lGb7Ag"; // expect: AFS101
    public string Endpoint { get; set; } = "wss://stream.market-data.test";
}
