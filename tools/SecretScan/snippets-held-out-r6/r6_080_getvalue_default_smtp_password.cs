using Microsoft.Extensions.Configuration;

namespace Newsletter.Worker;

public static class MailSettings
{
    public static string[] Read(IConfiguration config) =>
    [
        config.GetValue("Mail:SmtpHost", "smtp.office365.com")!,
        config.GetValue("Mail:SmtpUser", "newsletter@contoso.test")!,
        config.GetValue("Mail:SmtpPassword", "-Hh5At_Kvm-3mF")!, // expect: AFS102
    ];
}
