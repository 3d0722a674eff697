using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Monitoring.Alerts;

public static class AlertMail
{
    public static async Task SendAsync(MimeMessage message)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.office365.com", 587, SecureSocketOptions.StartTls);
        await smtp.AuthenticateAsync("alerts@contoso.com", "7N4RihyLd9gXyVms");  // expect: AFS101
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
    }
}
