using System;
using System.Collections.Generic;
using System.Globalization;
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
        private readonly WebApplication _app;
        private readonly X509Certificate2 _certificate;
        private readonly byte[] _pin;
        private readonly LoopbackDispatcher _dispatcher;
        private string _origin = string.Empty;

        private LoopbackKeyVault(LoopbackDispatcher dispatcher, X509Certificate2 certificate, WebApplication app)
        {
            _dispatcher = dispatcher;
            _certificate = certificate;
            _pin = certificate.GetCertHash(HashAlgorithmName.SHA256);
            _app = app;
        }

        /// <summary>The vault URL, <c>https://127.0.0.1:{port}/</c>.</summary>
        public Uri VaultUri { get; private set; } = null!;

        /// <summary>The authority host of the fake token endpoint (the same server).</summary>
        public Uri AuthorityHost => VaultUri;

        /// <summary>The port the vault listens on (127.0.0.1 only).</summary>
        public int Port => VaultUri.Port;

        /// <summary>The tenant of the challenge and the token endpoint.</summary>
        public string TenantId => _dispatcher.Tokens.TenantId;

        /// <summary>The application the token endpoint accepts.</summary>
        public string ClientId => _dispatcher.Tokens.ClientId;

        /// <summary>The application's secret (random per vault unless set in the options).</summary>
        public string ClientSecret => _dispatcher.Tokens.ClientSecret;

        /// <summary>The SHA-256 of the server certificate, in hex: the pin clients trust.</summary>
        public string CertificateSha256 => Convert.ToHexString(_pin);

        /// <summary>
        /// The server certificate (public part only) as PEM: give it to another process as its CA bundle
        /// (<c>"connection_verify"</c> in the backend kwargs) so that it trusts this vault, and nothing else, by it.
        /// </summary>
        public string CertificatePem => _certificate.ExportCertificatePem();

        /// <summary>The secrets served.</summary>
        public KeyVaultSecretStore Store => _dispatcher.Secrets.Store;

        /// <summary>Added to every secrets request after authentication. Default: none.</summary>
        public TimeSpan Latency
        {
            get => _dispatcher.Latency;
            set => _dispatcher.Latency = value;
        }

        /// <summary>Every request received so far, in order of completion.</summary>
        public IReadOnlyList<LoopbackRequest> Requests => _dispatcher.Requests;

        /// <summary>The most authenticated secrets requests that were being served at one time.</summary>
        public int PeakConcurrentRequests => _dispatcher.PeakConcurrentRequests;

        /// <summary>Starts a vault on a free loopback port.</summary>
        public static async Task<LoopbackKeyVault> StartAsync(LoopbackKeyVaultOptions? options = null, CancellationToken cancellationToken = default)
        {
            options ??= new LoopbackKeyVaultOptions();
            if (string.IsNullOrEmpty(options.TenantId)) throw new ArgumentException("A tenant id is required.", nameof(options));
            if (string.IsNullOrEmpty(options.ClientId)) throw new ArgumentException("A client id is required.", nameof(options));
            if (options.PageSize < 1) throw new ArgumentException("The page size must be at least 1.", nameof(options));
            if (options.Port is < 0 or > 65535) throw new ArgumentException("The port must be 0 (a free one) to 65535.", nameof(options));

            X509Certificate2 certificate = LoopbackCertificate.Create();
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    listen.UseHttps(certificate);
                });
            });
            builder.Services.AddRoutingCore();
            WebApplication app = builder.Build();
            var dispatcher = new LoopbackDispatcher(options, options.Store ?? new KeyVaultSecretStore(),
                options.ClientSecret ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)));
            var vault = new LoopbackKeyVault(dispatcher, certificate, app);
            app.Run(dispatcher.HandleAsync);
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
            dispatcher.Origin = vault._origin;
            vault.VaultUri = new Uri(vault._origin + "/");
            return vault;
        }

        /// <summary>Injects a fault into secrets requests (of one secret, or all), a number of times or until removed.</summary>
        public LoopbackFaultRule InjectFault(LoopbackFault fault, string? secretName = null, int? times = null)
        {
            if (fault is null) throw new ArgumentNullException(nameof(fault));
            if (times < 0) throw new ArgumentOutOfRangeException(nameof(times), "A fault applies zero or more times.");
            var rule = new LoopbackFaultRule(this, fault, secretName, times);
            _dispatcher.AddFault(rule);
            return rule;
        }

        /// <summary>Stops injecting every fault.</summary>
        public void ClearFaults() => _dispatcher.ClearFaults();

        /// <summary>Forgets the request log and the concurrency peak.</summary>
        public void ClearRequests() => _dispatcher.ClearRequests();

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
        public IReadOnlyDictionary<string, string> CreateAirflowEnvironment() => CreateAirflowEnvironment(certificatePath: null);

        /// <summary>
        /// The environment another process needs to read this vault with no code of its own: as
        /// <see cref="CreateAirflowEnvironment()"/>, and, when <paramref name="certificatePath"/> names a file holding
        /// <see cref="CertificatePem"/>, kwargs that trust it (<c>"connection_verify"</c>) and accept the challenge of a
        /// vault that is not under <c>*.vault.azure.net</c> (<c>"verify_challenge_resource": false</c>).
        /// </summary>
        public IReadOnlyDictionary<string, string> CreateAirflowEnvironment(string? certificatePath)
        {
            var kwargs = new Dictionary<string, object> { ["vault_url"] = VaultUri.ToString() };
            if (certificatePath != null)
            {
                kwargs["connection_verify"] = certificatePath;
                kwargs["verify_challenge_resource"] = false;
            }

            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [AirflowSecretsEnvironment.BackendVariable] = AirflowSecretsEnvironment.KeyVaultBackendClassPath,
                [AirflowSecretsEnvironment.BackendKwargsVariable] = JsonSerializer.Serialize(kwargs),
                ["AZURE_TENANT_ID"] = TenantId,
                ["AZURE_CLIENT_ID"] = ClientId,
                ["AZURE_CLIENT_SECRET"] = ClientSecret,
                ["AZURE_AUTHORITY_HOST"] = AuthorityHost.ToString(),
            };
        }

        /// <summary>Stops the server.</summary>
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _certificate.Dispose();
        }

        /// <inheritdoc />
        public override string ToString() => "Loopback Key Vault " + _origin + " (" + Store.Names.Count + " secrets)";

        internal void RemoveFault(LoopbackFaultRule rule) => _dispatcher.RemoveFault(rule);
    }
}
