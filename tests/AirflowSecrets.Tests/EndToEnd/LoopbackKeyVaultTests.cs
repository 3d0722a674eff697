using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using AirflowSecrets.Testing;
using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Tests.EndToEnd;

/// <summary>The loopback vault speaks enough of Key Vault for the real SecretClient and Azure.Identity.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up values stored in and read back from the loopback test vault.")]
public sealed class LoopbackKeyVaultTests : IAsyncLifetime
{
    private LoopbackKeyVault _vault = null!;
    private SecretClient _client = null!;

    public async Task InitializeAsync()
    {
        _vault = await LoopbackKeyVault.StartAsync(new LoopbackKeyVaultOptions { PageSize = 3 });
        _client = _vault.CreateSecretClient();
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    [Fact]
    public async Task The_first_request_is_challenged_then_replayed_with_a_token_from_the_fake_authority()
    {
        _vault.Store.Set("greeting", "hello");
        KeyVaultSecret secret = (await _client.GetSecretAsync("greeting")).Value;
        Assert.Equal("hello", secret.Value);
        Assert.Equal(new Uri(_vault.VaultUri, "secrets/greeting/" + secret.Properties.Version), secret.Id);

        LoopbackRequest[] log = _vault.Requests.ToArray();
        Assert.Equal(new[] { "get", "token", "get" }, log.Select(r => r.Operation));
        Assert.Equal(new[] { 401, 200, 200 }, log.Select(r => r.StatusCode));
        Assert.False(log[0].Authenticated);
        Assert.True(log[2].Authenticated);
    }

    [Fact]
    public async Task Set_makes_versions_and_get_reads_the_latest_or_a_given_one()
    {
        string first = (await _client.SetSecretAsync("rotating", "one")).Value.Properties.Version;
        string second = (await _client.SetSecretAsync(new KeyVaultSecret("rotating", "two") { Properties = { ContentType = "text/plain", Tags = { ["team"] = "data" } } })).Value.Properties.Version;
        Assert.NotEqual(first, second);
        Assert.Equal("two", (await _client.GetSecretAsync("rotating")).Value.Value);
        Assert.Equal("one", (await _client.GetSecretAsync("rotating", first)).Value.Value);
        KeyVaultSecret latest = (await _client.GetSecretAsync("ROTATING")).Value;
        Assert.Equal("text/plain", latest.Properties.ContentType);
        Assert.Equal("data", latest.Properties.Tags["team"]);
        Assert.Equal("rotating", latest.Name);

        var versions = new List<string>();
        await foreach (SecretProperties properties in _client.GetPropertiesOfSecretVersionsAsync("rotating")) versions.Add(properties.Version);
        Assert.Equal(new[] { first, second }, versions);
    }

    [Fact]
    public async Task Listing_follows_next_links_across_pages()
    {
        for (int i = 0; i < 8; i++) _vault.Store.Set("secret-" + i, "v" + i);
        var names = new List<string>();
        await foreach (SecretProperties properties in _client.GetPropertiesOfSecretsAsync()) names.Add(properties.Name);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => "secret-" + i), names);
        Assert.Equal(3, _vault.Requests.Count(r => r.Operation == "list" && r.StatusCode == 200));
    }

    [Fact]
    public async Task Missing_disabled_and_invalid_names_fail_as_key_vault_does()
    {
        _vault.Store.Set("off", "value");
        _vault.Store.SetEnabled("off", false);

        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => _client.GetSecretAsync("nothing-here"));
        Assert.Equal((404, "SecretNotFound"), (missing.Status, missing.ErrorCode));
        var disabled = await Assert.ThrowsAsync<RequestFailedException>(() => _client.GetSecretAsync("off"));
        Assert.Equal((403, "Forbidden"), (disabled.Status, disabled.ErrorCode));
        var invalid = await Assert.ThrowsAsync<RequestFailedException>(() => _client.GetSecretAsync("not_valid"));
        Assert.Equal((400, "BadParameter"), (invalid.Status, invalid.ErrorCode));
    }

    [Fact]
    public async Task Delete_is_soft_until_purged()
    {
        _vault.Store.Set("temporary", "value");
        DeleteSecretOperation deletion = await _client.StartDeleteSecretAsync("temporary");
        await deletion.WaitForCompletionAsync(TimeSpan.FromMilliseconds(10), default);
        Assert.Equal("temporary", deletion.Value.Name);
        Assert.Equal(404, (await Assert.ThrowsAsync<RequestFailedException>(() => _client.GetSecretAsync("temporary"))).Status);
        Assert.Equal(409, (await Assert.ThrowsAsync<RequestFailedException>(() => _client.SetSecretAsync("temporary", "again"))).Status);

        await _client.PurgeDeletedSecretAsync("temporary");
        Assert.Null(_vault.Store.GetDeleted("temporary"));
        Assert.Equal("again", (await _client.SetSecretAsync("temporary", "again")).Value.Value);
    }

    [Fact]
    public async Task Throttling_server_errors_and_dropped_connections_are_retried_by_the_sdk()
    {
        _vault.Store.Set("flaky", "value");
        LoopbackFaultRule throttled = _vault.InjectFault(LoopbackFault.TooManyRequests(TimeSpan.Zero), "flaky", times: 1);
        LoopbackFaultRule unavailable = _vault.InjectFault(LoopbackFault.ServerError(503), "flaky", times: 1);
        LoopbackFaultRule dropped = _vault.InjectFault(LoopbackFault.DropConnection(), "flaky", times: 1);
        Assert.Equal("value", (await _client.GetSecretAsync("flaky")).Value.Value);
        Assert.Equal((1, 1, 1), (throttled.Hits, unavailable.Hits, dropped.Hits));
        Assert.Equal(new[] { 429, 503, 0, 200 }, _vault.Requests.Where(r => r.Authenticated).Select(r => r.StatusCode));

        _vault.InjectFault(LoopbackFault.ServerError(500));
        var permanent = await Assert.ThrowsAsync<RequestFailedException>(() => _client.GetSecretAsync("flaky"));
        Assert.Equal(500, permanent.Status);
    }

    [Fact]
    public async Task A_throttled_answer_carries_retry_after()
    {
        _vault.InjectFault(LoopbackFault.TooManyRequests(TimeSpan.FromSeconds(2.5)));
        TokenCredentialHelper token = await TokenCredentialHelper.ForAsync(_vault);
        using var http = new HttpClient(_vault.CreateHttpMessageHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_vault.VaultUri, "secrets/any?api-version=7.6"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        using HttpResponseMessage response = await http.SendAsync(request);
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Contains("\"code\":\"Throttled\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_pinned_certificate_is_trusted()
    {
        using (var plain = new HttpClient())
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => plain.GetAsync(new Uri(_vault.VaultUri, "secrets/x")));
        }

        await using LoopbackKeyVault other = await LoopbackKeyVault.StartAsync();
        using var pinnedToOther = new HttpClient(other.CreateHttpMessageHandler());
        await Assert.ThrowsAsync<HttpRequestException>(() => pinnedToOther.GetAsync(new Uri(_vault.VaultUri, "secrets/x")));
        Assert.NotEqual(_vault.CertificateSha256, other.CertificateSha256);
    }

    [Fact]
    public async Task The_token_endpoint_refuses_a_wrong_client_secret()
    {
        var options = new ClientSecretCredentialOptions();
        _vault.ConfigureCredentialOptions(options);
        var wrong = new ClientSecretCredential(_vault.TenantId, _vault.ClientId, "not-the-secret", options);
        var client = _vault.CreateSecretClient(wrong);
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => client.GetSecretAsync("any"));
        Assert.Contains("AADSTS7000215", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_vault.ClientSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latency_is_added_to_secrets_requests()
    {
        _vault.Store.Set("slow", "value");
        await _client.GetSecretAsync("slow");
        _vault.Latency = TimeSpan.FromMilliseconds(150);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await _client.GetSecretAsync("slow");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(140), "The injected latency was not applied.");
    }

    // Gets a token from the vault's fake authority the way the SDK does, for raw HTTP tests.
    private sealed class TokenCredentialHelper
    {
        private TokenCredentialHelper(string accessToken) => AccessToken = accessToken;

        public string AccessToken { get; }

        public static async Task<TokenCredentialHelper> ForAsync(LoopbackKeyVault vault)
        {
            Azure.Core.AccessToken token = await vault.CreateCredential().GetTokenAsync(
                new Azure.Core.TokenRequestContext(new[] { "https://vault.azure.net/.default" }, tenantId: vault.TenantId), default);
            return new TokenCredentialHelper(token.Token);
        }
    }
}
