using System.Net.Http;

namespace Gateway.Clients;

public sealed class PartnerClients
{
    public async Task<string> GetRatesAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.fx-partner.example.net/v2/rates");
        request.Headers.Add("x-api-key", "live_52afe001b82c38fe57e1ec7f9ed0e8f7"); // expect: AFS101
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    public HttpClient CreateApimClient()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://contoso-apim.azure-api.net/") };
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "7371b02625dbba2c44e19e9ab60014d3"); // expect: AFS101
        return client;
    }
}
