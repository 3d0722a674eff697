using Microsoft.Extensions.Configuration;

namespace Mail;

public static class MailBootstrap
{
    public static (string, string) Read(IConfiguration configuration)
    {
        string value = configuration["Smtp:Password"] ?? "Smtp-Fallback-Pine3"; // expect: AFS102
        return ("smtp.contoso.com", value);
    }

    public static void Legacy() => AppContext.SetData("LegacyFtpPassword", "Ftp-Old-Mill-1999"); // expect: AFS102
}
