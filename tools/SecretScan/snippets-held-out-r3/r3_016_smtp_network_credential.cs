using System.Net;
using System.Net.Mail;

namespace Alerts;

public static class Mailer
{
    public static void Send(string to, string subject, string body)
    {
        using var smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("alerts@contoso.com", "Wx9!alerts-Mailbox"), // expect: AFS101
        };
        smtp.Send(new MailMessage("alerts@contoso.com", to, subject, body));
    }
}
