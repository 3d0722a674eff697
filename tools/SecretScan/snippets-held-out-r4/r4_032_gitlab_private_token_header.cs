namespace Release.Notes;

public sealed class GitLabMergeRequests
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://gitlab.contoso.com/api/v4/") };

    public async Task<string> ListAsync(int projectId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"projects/{projectId}/merge_requests?state=merged");
        request.Headers.Add("PRIVATE-TOKEN", "glpat-nKEbL_Lgqpj32MGSFkRd");  // expect: AFS101
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
