using SendGrid;
using SendGrid.Helpers.Mail;

namespace Notifications;

public sealed class InvoiceMailer
{
    private readonly SendGridClient _client = new("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");  // expect: AFS101

    public Task SendAsync(string to, string subject, string html)
    {
        var msg = MailHelper.CreateSingleEmail(new EmailAddress("billing@contoso.com", "Contoso Billing"), new EmailAddress(to), subject, null, html);
        return _client.SendEmailAsync(msg);
    }
}
