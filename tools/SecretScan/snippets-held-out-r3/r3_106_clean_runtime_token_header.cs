using System.Net.Http.Headers;
using Azure.Core;
using Azure.Identity;

namespace Clients;

public sealed class GraphClient(HttpClient http)
{
    private static readonly TokenCredential Credential = new DefaultAzureCredential();
    private const string Scheme = "Bearer";

    public async Task<string> MeAsync(CancellationToken ct)
    {
        AccessToken token = await Credential.GetTokenAsync(new TokenRequestContext(new[] { "https://graph.microsoft.com/.default" }), ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://graph.microsoft.com/v1.0/me");
        request.Headers.Authorization = new AuthenticationHeaderValue(Scheme, token.Token);
        return await (await http.SendAsync(request, ct)).Content.ReadAsStringAsync(ct);
    }
}
