using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AirflowSecrets.Testing
{
    /// <summary>
    /// A Key Vault for tests: an HTTPS server on <c>127.0.0.1</c> that speaks the Key Vault secrets protocol
    /// (get, set, list, versions, delete, the 401 challenge) and a fake Entra ID token endpoint, so that the real
    /// <see cref="SecretClient"/> and the real Azure.Identity credentials run against it with no network and no
    /// Azure account. Its certificate is generated in memory and trusted only by the clients it configures (by
    /// pinning), never by the machine. It can add latency, inject faults (429 with <c>Retry-After</c>, 5xx,
    /// dropped connections) and keeps a log of the requests it received.
    /// <para>A test double: it keeps values unencrypted in memory. Never use it as a production store.</para>
    /// </summary>
    public sealed class LoopbackKeyVault : IAsyncDisposable
    {
        private const string VaultResource = "https://vault.azure.net";
        private const string LoginAuthority = "https://login.microsoftonline.com/";

        private readonly WebApplication _app;
        private readonly X509Certificate2 _certificate;
        private readonly byte[] _pin;
        private readonly LoopbackKeyVaultOptions _options;
        private readonly ConcurrentDictionary<string, byte> _issuedTokens = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
        private readonly object _faultGate = new();
        private List<LoopbackFaultRule> _faults = new();
        private long _sequence;
        private int _inFlight;
        private int _peakInFlight;
        private long _latencyTicks;
        private string _origin = string.Empty;

        private LoopbackKeyVault(LoopbackKeyVaultOptions options, X509Certificate2 certificate, WebApplication app)
        {
            _options = options;
            _certificate = certificate;
            _pin = certificate.GetCertHash(HashAlgorithmName.SHA256);
            _app = app;
            Store = options.Store ?? new KeyVaultSecretStore();
            ClientSecret = options.ClientSecret ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));
        }

        /// <summary>The vault URL, <c>https://127.0.0.1:{port}/</c>.</summary>
        public Uri VaultUri { get; private set; } = null!;

        /// <summary>The authority host of the fake token endpoint (the same server).</summary>
        public Uri AuthorityHost => VaultUri;

        /// <summary>The tenant of the challenge and the token endpoint.</summary>
        public string TenantId => _options.TenantId;

        /// <summary>The application the token endpoint accepts.</summary>
        public string ClientId => _options.ClientId;

        /// <summary>The application's secret (random per vault unless set in the options).</summary>
        public string ClientSecret { get; }

        /// <summary>The SHA-256 of the server certificate, in hex: the pin clients trust.</summary>
        public string CertificateSha256 => Convert.ToHexString(_pin);

        /// <summary>The secrets served.</summary>
        public KeyVaultSecretStore Store { get; }

        /// <summary>Added to every secrets request after authentication. Default: none.</summary>
        public TimeSpan Latency
        {
            get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
            set => Interlocked.Exchange(ref _latencyTicks, value < TimeSpan.Zero ? 0 : value.Ticks);
        }

        /// <summary>Every request received so far, in order of completion.</summary>
        public IReadOnlyList<LoopbackRequest> Requests => _requests.ToArray();

        /// <summary>The most authenticated secrets requests that were being served at one time.</summary>
        public int PeakConcurrentRequests => Volatile.Read(ref _peakInFlight);

        /// <summary>Starts a vault on a free loopback port.</summary>
        public static async Task<LoopbackKeyVault> StartAsync(LoopbackKeyVaultOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new LoopbackKeyVaultOptions();
            if (string.IsNullOrEmpty(options.TenantId)) throw new ArgumentException("A tenant id is required.", nameof(options));
            if (string.IsNullOrEmpty(options.ClientId)) throw new ArgumentException("A client id is required.", nameof(options));
            if (options.PageSize < 1) throw new ArgumentException("The page size must be at least 1.", nameof(options));

            X509Certificate2 certificate = LoopbackCertificate.Create();
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, 0, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    listen.UseHttps(certificate);
                });
            });
            builder.Services.AddRoutingCore();
            WebApplication app = builder.Build();
            var vault = new LoopbackKeyVault(options, certificate, app);
            app.Run(vault.HandleAsync);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                certificate.Dispose();
                throw;
            }

            string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            int port = new Uri(address).Port;
            vault._origin = "https://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
            vault.VaultUri = new Uri(vault._origin + "/");
            return vault;
        }

        /// <summary>Injects a fault into secrets requests (of one secret, or all), a number of times or until removed.</summary>
        public LoopbackFaultRule InjectFault(LoopbackFault fault, string? secretName = null, int? times = null)
        {
            if (fault is null) throw new ArgumentNullException(nameof(fault));
            if (times < 0) throw new ArgumentOutOfRangeException(nameof(times), "A fault applies zero or more times.");
            var rule = new LoopbackFaultRule(this, fault, secretName, times);
            lock (_faultGate) _faults = new List<LoopbackFaultRule>(_faults) { rule };
            return rule;
        }

        /// <summary>Stops injecting every fault.</summary>
        public void ClearFaults()
        {
            lock (_faultGate) _faults = new List<LoopbackFaultRule>();
        }

        /// <summary>Forgets the request log and the concurrency peak.</summary>
        public void ClearRequests()
        {
            while (_requests.TryDequeue(out _))
            {
            }

            Volatile.Write(ref _peakInFlight, 0);
        }

        /// <summary>An HTTP handler that trusts exactly this vault's certificate (and no other self-signed one).</summary>
        public HttpMessageHandler CreateHttpMessageHandler() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = LoopbackCertificate.Pin(_pin) },
        };

        /// <summary>An Azure SDK transport over <see cref="CreateHttpMessageHandler"/>.</summary>
        public HttpPipelineTransport CreateTransport() => new HttpClientTransport(CreateHttpMessageHandler());

        /// <summary>
        /// <see cref="SecretClient"/> options for this vault: the pinned transport, challenge-resource verification off
        /// (the vault is 127.0.0.1, not *.vault.azure.net) and retries in milliseconds rather than seconds.
        /// </summary>
        public SecretClientOptions CreateSecretClientOptions()
        {
            var options = new SecretClientOptions
            {
                Transport = CreateTransport(),
                DisableChallengeResourceVerification = true,
            };
            options.Retry.Delay = TimeSpan.FromMilliseconds(5);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            options.Retry.MaxRetries = 3;
            return options;
        }

        /// <summary>
        /// Points an Azure.Identity credential's options at this vault's token endpoint: authority host, pinned
        /// transport and no instance discovery. Works for client-secret, environment and default credentials.
        /// </summary>
        public void ConfigureCredentialOptions(TokenCredentialOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.AuthorityHost = AuthorityHost;
            options.Transport = CreateTransport();
            options.Retry.Delay = TimeSpan.FromMilliseconds(5);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            switch (options)
            {
                case ClientSecretCredentialOptions secret:
                    secret.DisableInstanceDiscovery = true;
                    break;
                case DefaultAzureCredentialOptions defaults:
                    defaults.DisableInstanceDiscovery = true;
                    break;
                case EnvironmentCredentialOptions environment:
                    environment.DisableInstanceDiscovery = true;
                    break;
            }
        }

        /// <summary>A real <see cref="ClientSecretCredential"/> for this vault's application and token endpoint.</summary>
        public TokenCredential CreateCredential()
        {
            var options = new ClientSecretCredentialOptions();
            ConfigureCredentialOptions(options);
            return new ClientSecretCredential(TenantId, ClientId, ClientSecret, options);
        }

        /// <summary>A real <see cref="SecretClient"/> for this vault, with <see cref="CreateCredential"/> unless given a credential.</summary>
        public SecretClient CreateSecretClient(TokenCredential? credential = null) =>
            new(VaultUri, credential ?? CreateCredential(), CreateSecretClientOptions());

        /// <summary>
        /// Settings for AirflowSecrets' Key Vault backend as Airflow's kwargs would give them (<c>vault_url</c>,
        /// <c>tenant_id</c>, <c>client_id</c>, <c>client_secret</c>), wired to this vault.
        /// </summary>
        public AzureKeyVaultBackendOptions CreateBackendOptions()
        {
            var options = new AzureKeyVaultBackendOptions
            {
                VaultUrl = VaultUri,
                TenantId = TenantId,
                ClientId = ClientId,
                ClientSecret = ClientSecret,
            };
            return Attach(options);
        }

        /// <summary>
        /// Wires existing backend settings (for example from <see cref="AirflowSecretsEnvironment"/>) to this vault:
        /// client and credential transports that trust it and its token endpoint. Their names and credential choice are kept.
        /// </summary>
        public AzureKeyVaultBackendOptions Attach(AzureKeyVaultBackendOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.ClientOptions = CreateSecretClientOptions();
            options.ConfigureCredentialOptions = ConfigureCredentialOptions;
            return options;
        }

        /// <summary>
        /// The environment an Airflow deployment would have for this vault: the Key Vault backend and its kwargs
        /// (<c>vault_url</c> only), and <c>AZURE_TENANT_ID</c>/<c>AZURE_CLIENT_ID</c>/<c>AZURE_CLIENT_SECRET</c>/<c>AZURE_AUTHORITY_HOST</c>
        /// for the environment credential.
        /// </summary>
        public IReadOnlyDictionary<string, string> CreateAirflowEnvironment() => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AirflowSecretsEnvironment.BackendVariable] = AirflowSecretsEnvironment.KeyVaultBackendClassPath,
            [AirflowSecretsEnvironment.BackendKwargsVariable] = "{\"vault_url\": \"" + VaultUri + "\"}",
            ["AZURE_TENANT_ID"] = TenantId,
            ["AZURE_CLIENT_ID"] = ClientId,
            ["AZURE_CLIENT_SECRET"] = ClientSecret,
            ["AZURE_AUTHORITY_HOST"] = AuthorityHost.ToString(),
        };

        /// <summary>Stops the server.</summary>
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _certificate.Dispose();
        }

        /// <inheritdoc />
        public override string ToString() => "Loopback Key Vault " + _origin + " (" + Store.Names.Count + " secrets)";

        internal void RemoveFault(LoopbackFaultRule rule)
        {
            lock (_faultGate) _faults = _faults.Where(r => r != rule).ToList();
        }

        private async Task HandleAsync(HttpContext context)
        {
            var request = new RequestInfo(context);
            if (request.Operation == "token")
            {
                await HandleTokenAsync(context, request).ConfigureAwait(false);
                return;
            }

            if (request.Operation == "unknown")
            {
                await WriteErrorAsync(context, request, 404, "NotFound", "This test vault does not serve " + request.Method + " " + request.Path + ".").ConfigureAwait(false);
                return;
            }

            // Authentication comes first, before any body is read: the SDK's first request carries neither.
            if (!IsAuthenticated(context))
            {
                context.Response.Headers.WWWAuthenticate =
                    "Bearer authorization=\"" + LoginAuthority + TenantId + "\", resource=\"" + VaultResource + "\"";
                await WriteErrorAsync(context, request, 401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.").ConfigureAwait(false);
                return;
            }

            request.Authenticated = true;
            int inFlight = Interlocked.Increment(ref _inFlight);
            UpdatePeak(inFlight);
            try
            {
                TimeSpan latency = Latency;
                if (latency > TimeSpan.Zero) await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);

                LoopbackFaultRule? fault = _faults.FirstOrDefault(rule => rule.TryTake(request.SecretName));
                if (fault != null)
                {
                    request.Fault = fault.Fault.ToString();
                    await ApplyFaultAsync(context, request, fault.Fault).ConfigureAwait(false);
                    return;
                }

                if (request.SecretName != null && !AirflowNaming.IsValidKeyVaultSecretName(request.SecretName))
                {
                    await WriteErrorAsync(context, request, 400, "BadParameter",
                        "The request URI contains an invalid name: " + request.SecretName).ConfigureAwait(false);
                    return;
                }

                switch (request.Operation)
                {
                    case "get": await GetAsync(context, request).ConfigureAwait(false); break;
                    case "set": await SetAsync(context, request).ConfigureAwait(false); break;
                    case "list": await ListAsync(context, request, Store.Names.Select(n => Store.Get(n)).Where(v => v != null).Select(v => v!), withVersion: false).ConfigureAwait(false); break;
                    case "list-versions": await ListVersionsAsync(context, request).ConfigureAwait(false); break;
                    case "delete": await DeleteAsync(context, request).ConfigureAwait(false); break;
                    case "get-deleted": await GetDeletedAsync(context, request).ConfigureAwait(false); break;
                    default: await PurgeAsync(context, request).ConfigureAwait(false); break;
                }
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                Record(request, 0);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private void UpdatePeak(int inFlight)
        {
            int peak;
            while (inFlight > (peak = Volatile.Read(ref _peakInFlight)) && Interlocked.CompareExchange(ref _peakInFlight, inFlight, peak) != peak)
            {
            }
        }

        private bool IsAuthenticated(HttpContext context)
        {
            string? header = context.Request.Headers.Authorization;
            const string bearer = "Bearer ";
            return header != null && header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
                && _issuedTokens.ContainsKey(header.Substring(bearer.Length).Trim());
        }

        private async Task HandleTokenAsync(HttpContext context, RequestInfo request)
        {
            if (!string.Equals(request.Tenant, TenantId, StringComparison.OrdinalIgnoreCase))
            {
                await WriteOAuthErrorAsync(context, request, 400, "invalid_request", "AADSTS90002: Tenant '" + request.Tenant + "' not found.").ConfigureAwait(false);
                return;
            }

            IFormCollection form = context.Request.HasFormContentType
                ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)
                : FormCollection.Empty;
            if (form["grant_type"] != "client_credentials")
            {
                await WriteOAuthErrorAsync(context, request, 400, "unsupported_grant_type", "AADSTS70003: Only client_credentials is served here.").ConfigureAwait(false);
                return;
            }

            if (form["client_id"] != ClientId)
            {
                await WriteOAuthErrorAsync(context, request, 400, "unauthorized_client", "AADSTS700016: Application not found in the directory.").ConfigureAwait(false);
                return;
            }

            byte[] expected = System.Text.Encoding.UTF8.GetBytes(ClientSecret);
            byte[] given = System.Text.Encoding.UTF8.GetBytes(form["client_secret"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(expected, given))
            {
                await WriteOAuthErrorAsync(context, request, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.").ConfigureAwait(false);
                return;
            }

            string scope = form["scope"].ToString();
            if (!scope.Split(' ').Contains(VaultResource + "/.default", StringComparer.OrdinalIgnoreCase))
            {
                await WriteOAuthErrorAsync(context, request, 400, "invalid_scope", "AADSTS70011: This test authority issues tokens for Key Vault only.").ConfigureAwait(false);
                return;
            }

            string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            _issuedTokens[token] = 0;
            await WriteJsonAsync(context, request, 200, writer =>
            {
                writer.WriteString("token_type", "Bearer");
                writer.WriteNumber("expires_in", 3599);
                writer.WriteNumber("ext_expires_in", 3599);
                writer.WriteString("access_token", token);
            }).ConfigureAwait(false);
        }

        private async Task GetAsync(HttpContext context, RequestInfo request)
        {
            KeyVaultSecretVersion? secret = Store.Get(request.SecretName!, request.Version);
            if (secret is null)
            {
                string what = string.IsNullOrEmpty(request.Version) ? string.Empty : " with version (" + request.Version + ")";
                await WriteErrorAsync(context, request, 404, "SecretNotFound", "A secret with (name/id) " + request.SecretName + what + " was not found in this key vault.").ConfigureAwait(false);
                return;
            }

            if (!secret.Enabled)
            {
                await WriteErrorAsync(context, request, 403, "Forbidden", "Operation get is not allowed on a disabled secret.", inner: "SecretDisabled").ConfigureAwait(false);
                return;
            }

            await WriteJsonAsync(context, request, 200, writer => WriteBundle(writer, secret, withValue: true, withVersion: true)).ConfigureAwait(false);
        }

        private async Task SetAsync(HttpContext context, RequestInfo request)
        {
            JsonDocument body;
            try
            {
                body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                await WriteErrorAsync(context, request, 400, "BadParameter", "The request body is not JSON.").ConfigureAwait(false);
                return;
            }

            using (body)
            {
                JsonElement root = body.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out JsonElement value) || value.ValueKind != JsonValueKind.String)
                {
                    await WriteErrorAsync(context, request, 400, "BadParameter", "Property 'value' is required and must be a string.").ConfigureAwait(false);
                    return;
                }

                string? contentType = root.TryGetProperty("contentType", out JsonElement ct) && ct.ValueKind == JsonValueKind.String ? ct.GetString() : null;
                bool enabled = !(root.TryGetProperty("attributes", out JsonElement attributes) && attributes.ValueKind == JsonValueKind.Object
                    && attributes.TryGetProperty("enabled", out JsonElement e) && e.ValueKind == JsonValueKind.False);
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                if (root.TryGetProperty("tags", out JsonElement tagsElement) && tagsElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty tag in tagsElement.EnumerateObject()) tags[tag.Name] = tag.Value.ToString();
                }

                KeyVaultSecretVersion stored;
                try
                {
                    stored = Store.Set(request.SecretName!, value.GetString()!, contentType, enabled, tags);
                }
                catch (InvalidOperationException)
                {
                    await WriteErrorAsync(context, request, 409, "Conflict", "Secret " + request.SecretName + " is currently in a deleted but recoverable state.",
                        inner: "ObjectIsDeletedButRecoverable").ConfigureAwait(false);
                    return;
                }

                await WriteJsonAsync(context, request, 200, writer => WriteBundle(writer, stored, withValue: true, withVersion: true)).ConfigureAwait(false);
            }
        }

        private async Task ListVersionsAsync(HttpContext context, RequestInfo request)
        {
            IReadOnlyList<KeyVaultSecretVersion> versions = Store.GetVersions(request.SecretName!);
            if (versions.Count == 0)
            {
                await WriteErrorAsync(context, request, 404, "SecretNotFound", "A secret with (name/id) " + request.SecretName + " was not found in this key vault.").ConfigureAwait(false);
                return;
            }

            await ListAsync(context, request, versions, withVersion: true).ConfigureAwait(false);
        }

        private async Task ListAsync(HttpContext context, RequestInfo request, IEnumerable<KeyVaultSecretVersion> items, bool withVersion)
        {
            IQueryCollection query = context.Request.Query;
            int pageSize = int.TryParse(query["maxresults"], NumberStyles.None, CultureInfo.InvariantCulture, out int max) && max > 0 ? Math.Min(max, 25) : _options.PageSize;
            int skip = int.TryParse(query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
            KeyVaultSecretVersion[] all = items.ToArray();
            KeyVaultSecretVersion[] page = all.Skip(skip).Take(pageSize).ToArray();
            string? nextLink = skip + page.Length < all.Length
                ? _origin + request.Path + "?api-version=" + Uri.EscapeDataString(query["api-version"].ToString()) + "&maxresults=" + pageSize.ToString(CultureInfo.InvariantCulture)
                    + "&$skiptoken=" + (skip + page.Length).ToString(CultureInfo.InvariantCulture)
                : null;
            await WriteJsonAsync(context, request, 200, writer =>
            {
                writer.WriteStartArray("value");
                foreach (KeyVaultSecretVersion item in page)
                {
                    writer.WriteStartObject();
                    WriteBundle(writer, item, withValue: false, withVersion: withVersion);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                if (nextLink is null) writer.WriteNull("nextLink");
                else writer.WriteString("nextLink", nextLink);
            }).ConfigureAwait(false);
        }

        private async Task DeleteAsync(HttpContext context, RequestInfo request)
        {
            DeletedKeyVaultSecret? deleted = Store.Delete(request.SecretName!);
            if (deleted is null)
            {
                await WriteErrorAsync(context, request, 404, "SecretNotFound", "A secret with (name/id) " + request.SecretName + " was not found in this key vault.").ConfigureAwait(false);
                return;
            }

            await WriteJsonAsync(context, request, 200, writer => WriteDeleted(writer, deleted)).ConfigureAwait(false);
        }

        private async Task GetDeletedAsync(HttpContext context, RequestInfo request)
        {
            DeletedKeyVaultSecret? deleted = Store.GetDeleted(request.SecretName!);
            if (deleted is null)
            {
                await WriteErrorAsync(context, request, 404, "SecretNotFound", "Deleted Secret not found: " + request.SecretName).ConfigureAwait(false);
                return;
            }

            await WriteJsonAsync(context, request, 200, writer => WriteDeleted(writer, deleted)).ConfigureAwait(false);
        }

        private async Task PurgeAsync(HttpContext context, RequestInfo request)
        {
            if (!Store.Purge(request.SecretName!))
            {
                await WriteErrorAsync(context, request, 404, "SecretNotFound", "Deleted Secret not found: " + request.SecretName).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = 204;
            Record(request, 204);
        }

        private void WriteBundle(Utf8JsonWriter writer, KeyVaultSecretVersion secret, bool withValue, bool withVersion)
        {
            if (withValue) writer.WriteString("value", secret.Value);
            writer.WriteString("id", _origin + "/secrets/" + secret.Name + (withVersion ? "/" + secret.Version : string.Empty));
            if (secret.ContentType != null) writer.WriteString("contentType", secret.ContentType);
            writer.WriteStartObject("attributes");
            writer.WriteBoolean("enabled", secret.Enabled);
            writer.WriteNumber("created", secret.Created.ToUnixTimeSeconds());
            writer.WriteNumber("updated", secret.Updated.ToUnixTimeSeconds());
            writer.WriteString("recoveryLevel", "Recoverable+Purgeable");
            writer.WriteNumber("recoverableDays", 90);
            writer.WriteEndObject();
            writer.WriteStartObject("tags");
            foreach (KeyValuePair<string, string> tag in secret.Tags) writer.WriteString(tag.Key, tag.Value);
            writer.WriteEndObject();
        }

        private void WriteDeleted(Utf8JsonWriter writer, DeletedKeyVaultSecret deleted)
        {
            writer.WriteString("recoveryId", _origin + "/deletedsecrets/" + deleted.Latest.Name);
            writer.WriteNumber("deletedDate", deleted.DeletedOn.ToUnixTimeSeconds());
            writer.WriteNumber("scheduledPurgeDate", deleted.ScheduledPurgeDate.ToUnixTimeSeconds());
            WriteBundle(writer, deleted.Latest, withValue: false, withVersion: true);
        }

        private async Task ApplyFaultAsync(HttpContext context, RequestInfo request, LoopbackFault fault)
        {
            if (fault.Kind == LoopbackFaultKind.DropConnection)
            {
                Record(request, 0);
                context.Abort();
                return;
            }

            if (fault.RetryAfter is TimeSpan retryAfter)
            {
                context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await WriteErrorAsync(context, request, fault.StatusCode, fault.ErrorCode, "Injected fault: " + fault + ".").ConfigureAwait(false);
        }

        private Task WriteErrorAsync(HttpContext context, RequestInfo request, int status, string code, string message, string? inner = null) =>
            WriteJsonAsync(context, request, status, writer =>
            {
                writer.WriteStartObject("error");
                writer.WriteString("code", code);
                writer.WriteString("message", message);
                if (inner != null)
                {
                    writer.WriteStartObject("innererror");
                    writer.WriteString("code", inner);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            });

        private Task WriteOAuthErrorAsync(HttpContext context, RequestInfo request, int status, string error, string description) =>
            WriteJsonAsync(context, request, status, writer =>
            {
                writer.WriteString("error", error);
                writer.WriteString("error_description", description);
                writer.WriteStartArray("error_codes");
                writer.WriteEndArray();
            });

        private async Task WriteJsonAsync(HttpContext context, RequestInfo request, int status, Action<Utf8JsonWriter> body)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = buffer.Length;
            Record(request, status);
            await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
        }

        private void Record(RequestInfo request, int status) =>
            _requests.Enqueue(new LoopbackRequest(
                Interlocked.Increment(ref _sequence), request.Method, request.Path, request.Operation, request.SecretName, request.Version,
                request.Authenticated, status, request.Fault));

        // What a request asks for, read from its raw target so that escaped characters in a name are seen as sent.
        private sealed class RequestInfo
        {
            public RequestInfo(HttpContext context)
            {
                Method = context.Request.Method;
                string target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
                int query = target.IndexOf('?', StringComparison.Ordinal);
                Path = query < 0 ? target : target.Substring(0, query);
                string[] segments = Path.Split('/').Skip(1).Select(Uri.UnescapeDataString).ToArray();
                if (segments.Length > 0 && segments[^1].Length == 0) segments = segments[..^1];
                Operation = Classify(segments);
            }

            public string Method { get; }

            public string Path { get; }

            public string Operation { get; }

            public string? SecretName { get; private set; }

            public string? Version { get; private set; }

            public string? Tenant { get; private set; }

            public bool Authenticated { get; set; }

            public string? Fault { get; set; }

            private string Classify(string[] s)
            {
                bool get = Method == "GET";
                if (s.Length == 4 && Method == "POST" && s[1] == "oauth2" && s[2] == "v2.0" && s[3] == "token")
                {
                    Tenant = s[0];
                    return "token";
                }

                if (s.Length >= 1 && s[0] == "secrets")
                {
                    if (s.Length == 1) return get ? "list" : "unknown";
                    SecretName = s[1];
                    if (s.Length == 2) return get ? "get" : Method == "PUT" ? "set" : Method == "DELETE" ? "delete" : "unknown";
                    if (s.Length == 3 && get && s[2] == "versions") return "list-versions";
                    if (s.Length == 3 && get)
                    {
                        Version = s[2];
                        return "get";
                    }
                }

                if (s.Length == 2 && s[0] == "deletedsecrets")
                {
                    SecretName = s[1];
                    return get ? "get-deleted" : Method == "DELETE" ? "purge" : "unknown";
                }

                return "unknown";
            }
        }
    }
}
