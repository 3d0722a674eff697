using MailKit.Net.Pop3;
using MailKit.Security;

namespace Archive.Mail;

public static class MailboxDrain
{
    public static async Task<int> CountAsync()
    {
        using var client = new Pop3Client();
        await client.ConnectAsync("pop.mail.internal", 995, SecureSocketOptions.SslOnConnect);
        var sasl = new SaslMechanismPlain("archive@contoso.test", "Kestrel&Quartz77"); // expect: AFS101
        await client.AuthenticateAsync(sasl);
        return client.Count;
    }
}
