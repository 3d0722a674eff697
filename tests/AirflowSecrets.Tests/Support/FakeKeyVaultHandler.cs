using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Tests.Support;

/// <summary>
/// The HTTP side of Key Vault's get-secret call, answered in process so that the real
/// <see cref="SecretClient"/> (its URL building, pipeline and error mapping) runs offline.
/// The full loopback HTTPS server is the Key Vault issue's work; this answers canned responses only.
/// </summary>
public sealed class FakeKeyVaultHandler : HttpMessageHandler
{
    public const string VaultUrl = "https://unit-test.vault.azure.net/";

    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (HttpStatusCode Status, string Code)> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _requested = new();

    /// <summary>Secret names requested, in order, decoded from the request path.</summary>
    public IReadOnlyList<string> Requested => _requested.ToArray();

    public FakeKeyVaultHandler Set(string name, string value)
    {
        _values[name] = value;
        return this;
    }

    public FakeKeyVaultHandler Fail(string name, HttpStatusCode status, string code)
    {
        _failures[name] = (status, code);
        return this;
    }

    public SecretClient CreateClient() =>
        new(new Uri(VaultUrl), new StaticTokenCredential(), new SecretClientOptions
        {
            Transport = new HttpClientTransport(this),
            Retry = { MaxRetries = 0 },
        });

    public AzureKeyVaultBackend CreateBackend(AzureKeyVaultBackendOptions? options = null) =>
        new(options ?? new AzureKeyVaultBackendOptions { VaultUrl = new Uri(VaultUrl) }, CreateClient());

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string path = request.RequestUri!.AbsolutePath;
        const string marker = "/secrets/";
        if (request.Method != HttpMethod.Get || !path.StartsWith(marker, StringComparison.Ordinal))
        {
            return Task.FromResult(Json(HttpStatusCode.BadRequest, Error("BadParameter", "unsupported request")));
        }

        string name = Uri.UnescapeDataString(path.Substring(marker.Length).TrimEnd('/'));
        _requested.Enqueue(name);
        if (_failures.TryGetValue(name, out var failure))
        {
            return Task.FromResult(Json(failure.Status, Error(failure.Code, "injected failure")));
        }

        if (_values.TryGetValue(name, out string? value))
        {
            string body = JsonSerializer.Serialize(new
            {
                value,
                id = VaultUrl + "secrets/" + name + "/0123456789abcdef",
                attributes = new { enabled = true, created = 1700000000, updated = 1700000000, recoveryLevel = "Recoverable" },
                tags = new Dictionary<string, string>(),
            });
            return Task.FromResult(Json(HttpStatusCode.OK, body));
        }

        return Task.FromResult(Json(HttpStatusCode.NotFound, Error("SecretNotFound", "A secret with (name/id) was not found in this key vault.")));
    }

    private static string Error(string code, string message) => JsonSerializer.Serialize(new { error = new { code, message } });

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class StaticTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("unit-test-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
