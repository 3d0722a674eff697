namespace Companion.Sync;

public sealed class LibraryPoller
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("http://media.lan:8096/") };

    public async Task<string> ItemsAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "Items?Recursive=true&IncludeItemTypes=Movie");
        request.Headers.Add("X-Emby-Token", "98e37046b505e73caccf31e794c5bfd5"); // expect: AFS101
        using var response = await _http.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
