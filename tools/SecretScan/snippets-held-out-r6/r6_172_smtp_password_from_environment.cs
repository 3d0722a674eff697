using System.Net;

namespace Notifications.Email;

public static class SmtpCredential
{
    public static NetworkCredential Create() => new(
        "noreply@contoso.test",
        Environment.GetEnvironmentVariable("SMTP_PASSWORD")
            ?? throw new InvalidOperationException("SMTP_PASSWORD is not set."));
}
