using System.Net;
using System.Net.Mail;
public class Mailer
{
    public SmtpClient Create() => new SmtpClient("smtp.sendgrid.net", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("apikey", "SG.kq2v3Lw8Tj5Rm9Xz1Pc4Nb7Hf6Ds0Ag3Ye2Uo8Ii5"), // expect: AFS101
    };
}
