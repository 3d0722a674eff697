namespace Notifications.Settings;

public sealed record SmtpSettings(
    string Host = "smtp.sendrelay.net",
    int Port = 587,
    string UserName = "relay-user",
    string Password = "Relay-Kiwi-6650"); // expect: AFS101

public sealed class PushGateway
{
    public Task<bool> RegisterAsync(string deviceToken, string apiSecret = "pg-Heron-Delta-318") // expect: AFS101
        => Task.FromResult(deviceToken.Length > 0 && apiSecret.Length > 0);
}
