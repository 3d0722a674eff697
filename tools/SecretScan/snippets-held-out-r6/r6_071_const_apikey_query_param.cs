namespace Companion.Notifications;

public sealed class PlaybackReporter
{
    private const string ServerUrl = "https://media.example-home.net";
    private const string ApiKey = "fa4765ccedc651cecf8bd1c50bf3fbd0"; // expect: AFS101

    private readonly HttpClient _http;

    public PlaybackReporter(HttpClient http) => _http = http;

    public Task ReportAsync(string itemId) =>
        _http.PostAsync($"{ServerUrl}/Sessions/Playing?api_key={ApiKey}&itemId={itemId}", content: null);
}
