using System.Net;
using System.Net.Mail;
public sealed class NightlyMailer
{
    public SmtpClient Create() => new SmtpClient("mail.corp-relay.test", 25)
    {
        Credentials = new NetworkCredential("svc-nightly", "AbaJOOKke*lD_-uv1", "CORP"), // expect: AFS101
        EnableSsl = true,
    };
}
