namespace Transfer.Options;

public sealed class FtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 21;
    public string User { get; set; } = "anonymous";
    public string Password { get; set; } = string.Empty;
    public string? PrivateKeyPassphrase { get; set; }
}
