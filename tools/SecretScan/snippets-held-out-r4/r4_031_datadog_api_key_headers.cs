using System.Net.Http.Json;

namespace Observability.Export;

public sealed class DatadogEvents
{
    private readonly HttpClient _http;

    public DatadogEvents(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.datadoghq.eu/");
        _http.DefaultRequestHeaders.Add("DD-API-KEY", "355a545cbd3faeb932332ac3a365d594");  // expect: AFS101
        _http.DefaultRequestHeaders.Add("DD-APPLICATION-KEY", "dff72810f9e1579505bc37254d17ae2b46488c8e");  // expect: AFS101
    }

    public Task PostAsync(string title, string text) => _http.PostAsJsonAsync("api/v1/events", new { title, text });
}
