using System.Net.Http.Headers;
using System.Text;

namespace Integrations.Jira;

public static class JiraClientFactory
{
    public static HttpClient Create()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://jira.contoso.local/rest/api/2/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes("build-bot:Kq7-Release-Train"))); // expect: AFS101
        return client;
    }
}
