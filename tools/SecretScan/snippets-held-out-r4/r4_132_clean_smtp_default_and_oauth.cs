using Azure.Core;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Notifications.Mail;

public static class Transports
{
    public static System.Net.Mail.SmtpClient Relay() => new("smtp-relay.contoso.local", 25) { UseDefaultCredentials = true, EnableSsl = true };

    public static async Task<SmtpClient> Office365Async(TokenCredential credential, string mailbox, CancellationToken ct)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext(new[] { "https://outlook.office365.com/.default" }), ct);
        var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.office365.com", 587, SecureSocketOptions.StartTls, ct);
        await smtp.AuthenticateAsync(new SaslMechanismOAuth2(mailbox, token.Token), ct);
        return smtp;
    }
}
