namespace Metadata.Providers;

public sealed class YouTubeTrailers
{
    private readonly HttpClient _http;

    public YouTubeTrailers(HttpClient http)
    {
        _http = http;
        _http.DefaultRequestHeaders.Add("X-Goog-Api-Key", "AIza95v_oXdLq62XDsgFY6vT13pOOlyG5jxwOUU"); // expect: AFS104
    }
}
