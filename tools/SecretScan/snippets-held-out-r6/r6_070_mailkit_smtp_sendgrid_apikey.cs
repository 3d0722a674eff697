using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Notifications.Email;

public sealed class SmtpSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.sendgrid.net", 587, SecureSocketOptions.StartTls, ct);
        await smtp.AuthenticateAsync("apikey", "SG.QINVRaTmQ4uuRaV0tagAiLk7.wO04WOn4zG2ZPIHEpZ0IiVd1xI6m54H8AL5ZT6l7", ct); // expect: AFS101
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}
