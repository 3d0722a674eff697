public class SampleOptions
{
    public string Password { get; set; } = "<your-password-here>";
    public string ApiKey { get; set; } = "YOUR_API_KEY";
    public string ClientSecret { get; set; } = "[Enter client secret]";
    public string Token { get; set; } = "TODO";
    public string Secret { get; set; } = "********";
}
