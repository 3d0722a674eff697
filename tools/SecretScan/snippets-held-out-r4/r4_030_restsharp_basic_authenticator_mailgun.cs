using RestSharp;
using RestSharp.Authenticators;

namespace Newsletter;

public sealed class MailgunClient
{
    private readonly RestClient _client = new(new RestClientOptions("https://api.eu.mailgun.net/v3")
    {
        Authenticator = new HttpBasicAuthenticator("api", "key-b1c9141bd3743cd83a0ff83d98ed3e47"),  // expect: AFS101
    });

    public Task<RestResponse> SendAsync(string to, string subject, string text)
    {
        var request = new RestRequest("mg.contoso.com/messages", Method.Post)
            .AddParameter("from", "Newsletter <news@mg.contoso.com>")
            .AddParameter("to", to).AddParameter("subject", subject).AddParameter("text", text);
        return _client.ExecuteAsync(request);
    }
}
