using Azure;
using Azure.Communication.Email;

namespace Identity.Notifications;

public sealed class VerificationMailer
{
    private readonly EmailClient _client = new("endpoint=https://contoso-comms.europe.communication.azure.com/;accesskey=XKDKIyzkqKCW0LftlxGJIwqBUX1xNXeKk7XGDJkS/h71lTH7JHU1XAf8h58Lq7jJpRiiuLxJfmvZqJp7GRR5eQ==");  // expect: AFS103

    public Task<EmailSendOperation> SendAsync(string to, string code) =>
        _client.SendAsync(WaitUntil.Started, "DoNotReply@contoso.com", to, "Your code", $"<p>{code}</p>");
}
