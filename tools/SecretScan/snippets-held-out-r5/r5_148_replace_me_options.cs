public sealed class PaymentsOptions
{
    public string ApiKey { get; set; } = "REPLACE_ME";
    public string WebhookSecret { get; set; } = "changeme";
    public string MerchantId { get; set; } = "xxxx";
}
