using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>HttpClient against a loopback Kestrel that echoes what it receives, from connections in the loopback vault.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up credentials for a loopback test server.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up credentials for a loopback test server.")]
public sealed class HttpTests : IClassFixture<EchoServer>
{
    private readonly EchoServer _server;

    public HttpTests(EchoServer server) => _server = server;

    private static async Task<JsonElement> Get(HttpSettings settings, string endpoint)
    {
        using HttpClient client = settings.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(new Uri(settings.ResolveUrl(endpoint)));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static HttpSettings Http(AirflowConnection connection, AirflowClientOptions? options = null) => (HttpSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Http, options);

    private static string Basic(string login, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(login + ":" + password));

    [Fact]
    public async Task The_uri_form_sends_basic_auth_and_the_extras_as_headers()
    {
        string password = Support.Hostile.NewPassword();
        var fields = new AirflowConnection("api", "http", "127.0.0.1", "svc user", password, "http", _server.HttpPort, "{\"X-Api-Key\": \"k;=' v\", \"timeout\": 30}");
        AirflowConnection connection = await Vault.RoundTripAsync("api", Vault.Uri(fields));

        HttpSettings settings = Http(connection);
        JsonElement echo = await Get(settings, "v1/items?x=1");
        Assert.Equal("/v1/items", echo.GetProperty("path").GetString());
        Assert.Equal(Basic("svc user", password), echo.GetProperty("headers").GetProperty("Authorization").GetString());
        Assert.Equal("k;=' v", echo.GetProperty("headers").GetProperty("X-Api-Key").GetString());
        Assert.Contains("__extra__", Vault.Uri(fields), StringComparison.Ordinal); // a number in the extra keeps Airflow's URI in JSON
        Assert.Equal(TimeSpan.FromSeconds(30), settings.Timeout);
        Assert.False(echo.GetProperty("headers").TryGetProperty("timeout", out _));
    }

    [Fact]
    public async Task The_json_form_sends_a_bearer_header_from_the_extras_and_applies_the_timeout()
    {
        // Header values go out in latin-1, as Python's http.client writes them (é is latin-1; 密 is not, and is refused).
        string token = Support.Hostile.NewPassword().Replace("\"", string.Empty, StringComparison.Ordinal).Replace("密", string.Empty, StringComparison.Ordinal);
        AirflowConnection connection = await Vault.RoundTripAsync("api", Vault.Json("http", "http://127.0.0.1", null, null, null, _server.HttpPort, new Dictionary<string, object> { ["Authorization"] = "Bearer " + token, ["timeout"] = 7.5 }));

        HttpSettings settings = Http(connection);
        Assert.Equal(TimeSpan.FromSeconds(7.5), settings.Timeout);
        JsonElement echo = await Get(settings, "/token");
        Assert.Equal("Bearer " + token, echo.GetProperty("headers").GetProperty("Authorization").GetString());
        Assert.DoesNotContain(token, settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_needs_the_ca_verify_false_accepts_any_and_requests_ca_bundle_is_honoured()
    {
        var strict = new AirflowConnection("api", "http", "localhost", null, null, "https", _server.HttpsPort);
        await Assert.ThrowsAsync<HttpRequestException>(() => Get(Http(strict, new AirflowClientOptions { Environment = _ => null }), "/"));

        var noCheck = new AirflowConnection("api", "http", "localhost", null, null, "https", _server.HttpsPort, "{\"verify\": false}");
        Assert.Equal("https", (await Get(Http(noCheck), "/")).GetProperty("scheme").GetString());

        string caPath = JsonEncodedText.Encode(_server.Certificates.CaPath).ToString();
        var withCa = new AirflowConnection("api", "http", "localhost", null, null, "https", _server.HttpsPort, "{\"verify\": \"" + caPath + "\"}");
        Assert.Equal("https", (await Get(Http(withCa), "/")).GetProperty("scheme").GetString());

        var environment = new AirflowClientOptions { Environment = name => name == "REQUESTS_CA_BUNDLE" ? _server.Certificates.CaPath : null };
        Assert.Equal("https", (await Get(Http(strict, environment), "/")).GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Check_response_raises_on_404_unless_the_extra_turns_it_off()
    {
        var checking = new AirflowConnection("api", "http", "127.0.0.1", null, null, null, _server.HttpPort);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Get(Http(checking), "status/404"));
        Assert.StartsWith("404:", error.Message, StringComparison.Ordinal);

        var lenient = new AirflowConnection("api", "http", "127.0.0.1", null, null, null, _server.HttpPort, "{\"check_response\": false}");
        using HttpClient client = Http(lenient).CreateClient();
        using HttpResponseMessage response = await client.GetAsync(new Uri(Http(lenient).ResolveUrl("status/404")));
        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_ipv6_host_gets_its_brackets()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("api", "http://user:pass@[::1]:" + _server.V6Port);

        HttpSettings settings = Http(connection);
        Assert.Equal("http://[::1]:" + _server.V6Port, settings.BaseUrl);
        Assert.Equal(Basic("user", "pass"), (await Get(settings, "x")).GetProperty("headers").GetProperty("Authorization").GetString());
    }

    [Fact]
    public async Task The_settings_text_reads_back_into_the_same_client()
    {
        var connection = new AirflowConnection("api", "http", "127.0.0.1", "u", "p w", null, _server.HttpPort, "{\"bearer\": \"t;1\", \"check_response\": false, \"max_redirects\": 3}");
        HttpSettings settings = Http(connection);

        HttpSettings parsed = HttpSettings.Parse(settings.ToConnectionString(), "api");
        Assert.Equal((settings.BaseUrl, settings.Authorization, false, 3), (parsed.BaseUrl, parsed.Authorization, parsed.CheckResponse, parsed.MaxRedirects));
        Assert.Equal("t;1", (await Get(parsed, "h")).GetProperty("headers").GetProperty("bearer").GetString());
    }
}
