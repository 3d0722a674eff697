using System.Net.Http;

namespace Integrations.Crm;

public sealed class CrmTokenClient(HttpClient http)
{
    public Task<HttpResponseMessage> ClientCredentialsAsync() =>
        http.PostAsync("https://login.crm-vendor.example.com/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "contoso-sync",
            ["client_secret"] = "Vb2rT9mQx4LpZ7wN", // expect: AFS102
            ["scope"] = "crm.read crm.write",
        }));

    public Task<HttpResponseMessage> LegacyPasswordGrantAsync() =>
        http.PostAsync("https://login.crm-vendor.example.com/oauth/token", new FormUrlEncodedContent(new[]
        {
            new KeyValuePair<string, string>("grant_type", "password"),
            new KeyValuePair<string, string>("username", "sync@contoso.com"),
            new KeyValuePair<string, string>("password", "Lemon-Tree-Sync9"), // expect: AFS102
        }));
}
