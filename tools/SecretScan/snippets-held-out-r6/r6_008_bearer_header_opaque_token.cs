using System.Net.Http.Headers;

namespace Metadata.Providers;

public sealed class TvdbClient
{
    private readonly HttpClient _http;

    public TvdbClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api4.thetvdb.com/v4/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "oEPrNFk7Xa7Vo0wlGv1lpR81hcRLgw5QON7RiOdE"); // expect: AFS101
    }

    public Task<string> SeriesAsync(int id) => _http.GetStringAsync($"series/{id}");
}
