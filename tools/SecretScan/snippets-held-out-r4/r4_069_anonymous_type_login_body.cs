using System.Net.Http.Json;

namespace Exporter;

public sealed class LegacyCrmSession(HttpClient http)
{
    public async Task<string> LoginAsync()
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username = "svc-export", password = "n4OZH!CqXdnO*Gpy" });  // expect: AFS101
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<LoginResult>();
        return body!.SessionId;
    }

    private sealed record LoginResult(string SessionId);
}
