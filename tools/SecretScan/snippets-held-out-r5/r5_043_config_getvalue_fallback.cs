using Microsoft.Extensions.Configuration;
using System.Collections.Generic;
public sealed class MailSettings(IConfiguration configuration)
{
    public IReadOnlyDictionary<string, string> Effective() => new Dictionary<string, string>
    {
        ["host"] = configuration.GetValue("Mail:SmtpHost", "localhost")!,
        ["smtp"] = configuration.GetValue<string>("Mail:SmtpPassword", "CM$9U-rw7D5OBk+j6g")!, // expect: AFS102
    };
}
