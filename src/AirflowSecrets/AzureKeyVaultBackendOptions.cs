using System;
using System.Collections.Generic;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets
{
    /// <summary>
    /// The settings of Airflow's <c>AzureKeyVaultBackend</c>, one property per <c>backend_kwargs</c> key,
    /// with Airflow's defaults. A <c>null</c> prefix disables that kind of lookup; <c>""</c> means no prefix.
    /// </summary>
    public sealed class AzureKeyVaultBackendOptions
    {
        /// <summary><c>connections_prefix</c>; <c>null</c> disables connection lookups in the vault.</summary>
        public string? ConnectionsPrefix { get; set; } = AirflowNaming.DefaultConnectionsPrefix;

        /// <summary><c>variables_prefix</c>; <c>null</c> disables variable lookups in the vault.</summary>
        public string? VariablesPrefix { get; set; } = AirflowNaming.DefaultVariablesPrefix;

        /// <summary><c>config_prefix</c>; <c>null</c> disables config lookups in the vault.</summary>
        public string? ConfigPrefix { get; set; } = AirflowNaming.DefaultConfigPrefix;

        /// <summary><c>sep</c>: joins prefix and key and replaces every <c>_</c> of the name. Must not be empty.</summary>
        public string Separator { get; set; } = AirflowNaming.DefaultSeparator;

        /// <summary><c>vault_url</c>, e.g. <c>https://myvault.vault.azure.net/</c>. Required.</summary>
        public Uri? VaultUrl { get; set; }

        /// <summary><c>tenant_id</c>: with <see cref="ClientId"/> and <see cref="ClientSecret"/>, selects a client-secret credential.</summary>
        public string? TenantId { get; set; }

        /// <summary><c>client_id</c>.</summary>
        public string? ClientId { get; set; }

        /// <summary><c>client_secret</c>. Prefer <c>AZURE_CLIENT_SECRET</c> in the environment, read by the default credential.</summary>
        public string? ClientSecret { get; set; }

        /// <summary><c>managed_identity_client_id</c>: with <see cref="WorkloadIdentityTenantId"/>, configures the default credential.</summary>
        public string? ManagedIdentityClientId { get; set; }

        /// <summary><c>workload_identity_tenant_id</c>.</summary>
        public string? WorkloadIdentityTenantId { get; set; }

        /// <summary>A credential of the caller's own; when set it is used instead of Airflow's credential choice.</summary>
        public TokenCredential? Credential { get; set; }

        /// <summary>
        /// Adjusts the options of the credential Airflow's choice builds (<c>ClientSecretCredentialOptions</c> or
        /// <c>DefaultAzureCredentialOptions</c>): authority host, transport, retries.
        /// </summary>
        public Action<TokenCredentialOptions>? ConfigureCredentialOptions { get; set; }

        /// <summary>The default of <see cref="MaxConcurrentRequests"/>.</summary>
        public const int DefaultMaxConcurrentRequests = 32;

        /// <summary>
        /// How many requests this backend sends to the vault at once; further lookups wait (asynchronously) for a
        /// slot. Default: 32, so that a start-up with up to 32 declared keys costs one round trip (Azure's own
        /// configuration provider also reads 32 at a time); Key Vault throttles a vault at 4,000 secret reads per 10 seconds.
        /// </summary>
        public int MaxConcurrentRequests { get; set; } = DefaultMaxConcurrentRequests;

        /// <summary>
        /// Options for the <see cref="SecretClient"/> (transport, retries, diagnostics); default:
        /// <see cref="CreateClientOptions"/>. The backend adds two pipeline policies of its own to them (the shared
        /// retry budget while the vault is unreachable), so give each backend its own options object.
        /// </summary>
        public SecretClientOptions? ClientOptions { get; set; }

        /// <summary>
        /// <c>connection_verify</c>: the path of a CA bundle (a PEM file, or a directory of PEM files) whose certificates
        /// are the only ones trusted for the vault and the token endpoint, as azure-core's transport takes it in Airflow's
        /// Python client. It replaces the SDK's default transport only; a <c>Transport</c> set in <see cref="ClientOptions"/>
        /// or the credential options wins. <c>null</c>: the machine's trust store.
        /// </summary>
        public string? ConnectionVerify { get; set; }

        /// <summary>The retries of the default client options: 3, as azure-core's default policy in Airflow's Python client.</summary>
        public const int DefaultMaxRetries = 3;

        /// <summary>The first back-off of the default client options (then doubled, ±20 % jitter): 0.8 s, as azure-core's back-off factor.</summary>
        public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(0.8);

        /// <summary>
        /// The timeout of one attempt in the default client options: 10 s (the .NET SDK's default is 100 s, azure-core's
        /// 300 s to connect and 300 s to read), so that a vault that accepts connections and never answers costs at most
        /// about 46 s in all (4 attempts and 5.6 s of back-off), not minutes.
        /// </summary>
        public static readonly TimeSpan DefaultNetworkTimeout = TimeSpan.FromSeconds(10);

        /// <summary>
        /// The client options used when <see cref="ClientOptions"/> is not set: the retry budget users of Airflow's Python
        /// client expect (azure-core's default policy: 3 retries, exponential back-off from 0.8 s, <c>Retry-After</c>
        /// honoured), and at most <see cref="DefaultNetworkTimeout"/> per attempt. A refused or unresolvable vault thus
        /// fails after 4 attempts and about 5.6 s (0.8 + 1.6 + 3.2 s of back-off); azure-core's Python policy waits
        /// 0 + 1.6 + 3.2 s.
        /// </summary>
        public static SecretClientOptions CreateClientOptions()
        {
            var options = new SecretClientOptions();
            options.Retry.Mode = Azure.Core.RetryMode.Exponential;
            options.Retry.MaxRetries = DefaultMaxRetries;
            options.Retry.Delay = DefaultRetryDelay;
            options.Retry.MaxDelay = TimeSpan.FromMinutes(1);
            options.Retry.NetworkTimeout = DefaultNetworkTimeout;
            return options;
        }

        /// <summary>
        /// Kwargs Airflow would pass on to Python's <c>SecretClient</c> that have no .NET equivalent here;
        /// kept by name only (never by value) so that they can be reported.
        /// </summary>
        public IList<string> IgnoredKwargs { get; } = new List<string>();

        /// <summary>Why the kwargs were ignored (invalid JSON, not an object), when they were; named in errors.</summary>
        public string? IgnoredKwargsReason { get; set; }

        /// <summary>The prefix of a lookup kind as configured (before normalisation).</summary>
        public string? GetPrefix(AirflowSecretKind kind) => AirflowSecretKindInfo.Choose(kind, VariablesPrefix, ConnectionsPrefix, ConfigPrefix);

        /// <summary>
        /// Checks the settings secret names are built from: <c>sep</c> must not be empty. <see cref="Validate"/>
        /// includes it; backends that need no vault URL (a caller's own client, test doubles) call it alone.
        /// </summary>
        /// <exception cref="AirflowSecretsConfigurationException">The separator is empty.</exception>
        public void ValidateNaming()
        {
            if (Separator is null || Separator.Length == 0)
            {
                throw new AirflowSecretsConfigurationException(
                    "The Key Vault backend's 'sep' must not be empty: Airflow fails on every lookup with an empty separator.", "sep");
            }
        }

        /// <summary>Checks the settings; throws with the name of the first setting at fault.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">A setting is invalid.</exception>
        public void Validate()
        {
            ValidateNaming();

            if (MaxConcurrentRequests < 1)
            {
                throw new AirflowSecretsConfigurationException("The Key Vault backend's MaxConcurrentRequests must be at least 1.", nameof(MaxConcurrentRequests));
            }

            if (VaultUrl is null)
            {
                throw new AirflowSecretsConfigurationException(
                    "The Key Vault backend needs 'vault_url' (for example https://<vault>.vault.azure.net/)"
                    + (IgnoredKwargsReason is null ? "." : "; " + IgnoredKwargsReason + "."),
                    "vault_url");
            }

            if (!VaultUrl.IsAbsoluteUri || VaultUrl.Scheme != Uri.UriSchemeHttps)
            {
                // The SDK refuses to send bearer tokens over plain http, so an http vault could never answer.
                throw new AirflowSecretsConfigurationException("The Key Vault backend's 'vault_url' must be an absolute https URL.", "vault_url");
            }

            if (ConnectionVerify != null && !System.IO.File.Exists(ConnectionVerify) && !System.IO.Directory.Exists(ConnectionVerify))
            {
                throw new AirflowSecretsConfigurationException(
                    "The backend kwarg 'connection_verify' names '" + ConnectionVerify + "', which is neither a file nor a directory.", "connection_verify");
            }
        }

        /// <summary>
        /// Whether Airflow would build a <c>ClientSecretCredential</c>: tenant, client id and client secret all non-empty.
        /// </summary>
        public bool UsesClientSecretCredential =>
            !string.IsNullOrEmpty(TenantId) && !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret);
    }
}
