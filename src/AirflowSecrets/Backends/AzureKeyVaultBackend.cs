using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Backends
{
    /// <summary>
    /// Airflow's <c>AzureKeyVaultBackend</c>: looks up <c>{prefix}{sep}{key}</c> (every <c>_</c> replaced by
    /// <c>sep</c>), the team-scoped <c>{prefix}{sep}{team}--{key}</c> first when a team is given. A 404 means
    /// "not here"; any other failure is thrown as an <see cref="AirflowSecretsBackendException"/> that names its cause
    /// (the resolver logs it and moves on). The client retries as <see cref="AzureKeyVaultBackendOptions.CreateClientOptions"/>
    /// describes, and concurrent requests share one retry budget while the vault cannot be reached.
    /// </summary>
    public sealed class AzureKeyVaultBackend : IAirflowSecretsBackend, IDisposable
    {
        private readonly SecretClient _client;
        private readonly SemaphoreSlim _requestSlots;
        private readonly string _separator;
        private readonly string? _variablesPrefix;
        private readonly string? _connectionsPrefix;
        private readonly string? _configPrefix;
        private readonly BackendFailureContext _failureContext;

        /// <summary>Creates the backend and its <see cref="SecretClient"/> from Airflow's kwargs.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">The options are invalid.</exception>
        public AzureKeyVaultBackend(AzureKeyVaultBackendOptions options)
            : this(options, client: null)
        {
        }

        /// <summary>Creates the backend over an existing client (its vault URL and credential are the client's).</summary>
        public AzureKeyVaultBackend(AzureKeyVaultBackendOptions options, SecretClient? client)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (client is null) options.Validate();
            else options.ValidateNaming();
            if (options.MaxConcurrentRequests < 1)
            {
                throw new AirflowSecretsConfigurationException("The Key Vault backend's MaxConcurrentRequests must be at least 1.", nameof(options.MaxConcurrentRequests));
            }

            _requestSlots = new SemaphoreSlim(options.MaxConcurrentRequests, options.MaxConcurrentRequests);
            _separator = options.Separator;
            _variablesPrefix = AirflowNaming.NormalizePrefix(options.VariablesPrefix, _separator);
            _connectionsPrefix = AirflowNaming.NormalizePrefix(options.ConnectionsPrefix, _separator);
            _configPrefix = AirflowNaming.NormalizePrefix(options.ConfigPrefix, _separator);
            if (client != null)
            {
                _client = client;
                _failureContext = new BackendFailureContext();
            }
            else
            {
                SecretClientOptions clientOptions = BuildClientOptions(options, out CaBundle? bundle);
                _failureContext = new BackendFailureContext { NetworkTimeout = clientOptions.Retry.NetworkTimeout, CaBundle = bundle?.Path };
                new KeyVaultTransportGate(Name, _failureContext).AddTo(clientOptions);
                _client = new SecretClient(options.VaultUrl!, CreateCredential(options), clientOptions);
            }
        }

        /// <summary>
        /// A <see cref="SecretClient"/> built as the backend builds its own: <see cref="AzureKeyVaultBackendOptions.ClientOptions"/>
        /// (or the documented retry budget), a transport that trusts <c>connection_verify</c>, and Airflow's credential choice.
        /// </summary>
        /// <exception cref="AirflowSecretsConfigurationException">The options are invalid.</exception>
        public static SecretClient CreateSecretClient(AzureKeyVaultBackendOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            return new SecretClient(options.VaultUrl!, CreateCredential(options), BuildClientOptions(options, out _));
        }

        // The caller's client options, or the documented budget; connection_verify replaces the SDK's default transport.
        private static SecretClientOptions BuildClientOptions(AzureKeyVaultBackendOptions options, out CaBundle? bundle)
        {
            SecretClientOptions clientOptions = options.ClientOptions ?? AzureKeyVaultBackendOptions.CreateClientOptions();
            bundle = options.ConnectionVerify is null ? null : CaBundle.Load(options.ConnectionVerify);
            if (bundle != null && IsDefaultTransport(clientOptions.Transport)) clientOptions.Transport = new HttpClientTransport(bundle.CreateHandler());
            return clientOptions;
        }

        private static bool IsDefaultTransport(HttpPipelineTransport transport) => ReferenceEquals(transport, HttpClientTransport.Shared);

        /// <inheritdoc />
        public string Name => "Azure Key Vault";

        /// <summary>The vault the backend reads.</summary>
        public Uri VaultUri => _client.VaultUri;

        /// <summary>The prefix in effect for a kind after Airflow's normalisation; <c>null</c> when the kind is disabled.</summary>
        public string? EffectivePrefix(AirflowSecretKind kind) =>
            AirflowSecretKindInfo.Choose(kind, _variablesPrefix, _connectionsPrefix, _configPrefix);

        /// <summary>The secret names requested for one lookup, in order (empty when disabled or refused).</summary>
        public IReadOnlyList<string> SecretNames(AirflowSecretKind kind, string key, string? teamName = null) =>
            AirflowNaming.KeyVaultSecretNames(kind, EffectivePrefix(kind), key, _separator, teamName);

        /// <summary>
        /// Airflow's credential choice: a <see cref="ClientSecretCredential"/> when tenant, client id and
        /// secret are all set; otherwise <see cref="DefaultAzureCredential"/>, configured for a managed or
        /// workload identity when both of those kwargs are set. A caller's own credential wins.
        /// </summary>
        public static TokenCredential CreateCredential(AzureKeyVaultBackendOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (options.Credential != null) return options.Credential;
            if (options.UsesClientSecretCredential)
            {
                var secretOptions = new ClientSecretCredentialOptions();
                options.ConfigureCredentialOptions?.Invoke(secretOptions);
                if (PrepareCredentialOptions(secretOptions, options)) secretOptions.DisableInstanceDiscovery = true;
                return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, secretOptions);
            }

            return new DefaultAzureCredential(CreateDefaultCredentialOptions(options));
        }

        internal static DefaultAzureCredentialOptions CreateDefaultCredentialOptions(AzureKeyVaultBackendOptions options)
        {
            var credentialOptions = new DefaultAzureCredentialOptions();
            if (!string.IsNullOrEmpty(options.ManagedIdentityClientId) && !string.IsNullOrEmpty(options.WorkloadIdentityTenantId))
            {
                credentialOptions.ManagedIdentityClientId = options.ManagedIdentityClientId;
                credentialOptions.WorkloadIdentityClientId = options.ManagedIdentityClientId;
                credentialOptions.TenantId = options.WorkloadIdentityTenantId;
                credentialOptions.AdditionallyAllowedTenants.Add(options.WorkloadIdentityTenantId!);
            }

            options.ConfigureCredentialOptions?.Invoke(credentialOptions);
            if (PrepareCredentialOptions(credentialOptions, options)) credentialOptions.DisableInstanceDiscovery = true;
            return credentialOptions;
        }

        // After the caller's adjustments: the token endpoint is trusted through connection_verify as the vault is (unless
        // a transport was given), and true is returned when the authority host (AZURE_AUTHORITY_HOST) is this machine: a
        // local token endpoint, for which instance discovery (a request to login.microsoftonline.com, which cannot know
        // it) would only wait on public DNS.
        private static bool PrepareCredentialOptions(TokenCredentialOptions credentialOptions, AzureKeyVaultBackendOptions options)
        {
            if (options.ConnectionVerify != null && IsDefaultTransport(credentialOptions.Transport))
            {
                credentialOptions.Transport = new HttpClientTransport(CaBundle.Load(options.ConnectionVerify).CreateHandler());
            }

            Uri? authority = credentialOptions.AuthorityHost;
            return authority != null && authority.IsAbsoluteUri && authority.IsLoopback;
        }

        /// <inheritdoc />
        public string DescribeLookup(AirflowSecretKind kind, string key, string? teamName)
        {
            if (EffectivePrefix(kind) is null)
            {
                AirflowSecretKindInfo info = AirflowSecretKindInfo.Of(kind);
                return "Azure Key Vault (" + info.Name + " lookups are disabled: " + info.PrefixKwarg + " is null)";
            }

            IReadOnlyList<string> names = SecretNames(kind, key, teamName);
            if (names.Count == 0)
            {
                return "Azure Key Vault (not asked: Airflow reads '" + key + "' only as a team-scoped name)";
            }

            return "Azure Key Vault " + (names.Count == 1 ? "secret " : "secrets ") + EnvironmentVariablesBackend.Quote(names);
        }

        /// <inheritdoc />
        public async ValueTask<string?> GetValueAsync(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            foreach (string name in SecretNames(kind, key, teamName))
            {
                if (!AirflowNaming.CanAddressKeyVaultSecret(name)) continue;
                await _requestSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    Response<KeyVaultSecret> response = await _client.GetSecretAsync(name, version: null, cancellationToken).ConfigureAwait(false);
                    string? value = response.Value?.Value;
                    if (value != null) return value;
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    // Not in the vault: Airflow moves on silently.
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex) when (ex is not AirflowSecretsBackendException)
                {
                    throw new AirflowSecretsBackendException(Name, BackendFailure.Describe(ex, _failureContext), ex);
                }
                finally
                {
                    _requestSlots.Release();
                }
            }

            return null;
        }

        /// <summary>Releases the request limiter. The <see cref="SecretClient"/> holds nothing to release.</summary>
        public void Dispose() => _requestSlots.Dispose();
    }
}
