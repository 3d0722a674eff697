using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Support.Summaries;

public sealed class TicketSummarizer
{
    private static readonly HttpClient Http = CreateClient();

    private static HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-proj-LauYl1YyuudKeoLddl8DM_lYZ5R03MaE3kWv_Pk-5hTlBiW1T3BlbkFJ-oY3JzcRqDgKfG2jhppnten9UeGL0Ss6rRaC9pG9qmyV7EgM");  // expect: AFS101
        return http;
    }

    public Task<HttpResponseMessage> SummarizeAsync(string text) =>
        Http.PostAsJsonAsync("chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = text } } });
}
