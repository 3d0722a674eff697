using System.Net.Http.Json;

namespace Deploy.Notify;

public static class DeployAnnouncer
{
    private const string ChannelHook = "https://hooks.slack.com/services/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";  // expect: secret

    public static Task AnnounceAsync(HttpClient http, string service, string version) =>
        http.PostAsJsonAsync(ChannelHook, new { text = $":rocket: {service} {version} is live" });
}
