public sealed class FtpTarget
{
    public string Host { get; set; } = "ftp.partner-prices.test";
    public string UserName { get; set; } = "pricefeed";
    public int Port { get; set; } = 21;
    public string PasswordSecretName { get; set; } = "pricefeed-ftp-password";
}
