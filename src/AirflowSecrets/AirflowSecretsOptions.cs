using System;
using System.Collections.Generic;
using System.Text.Json;
using AirflowSecrets.Backends;

namespace AirflowSecrets
{
    /// <summary>
    /// Everything the resolver needs: the Key Vault backend (or none), the environment backend, any further
    /// backends, and caching. Build it in code, or with <see cref="AirflowSecretsEnvironment"/> from the same
    /// environment variables Airflow reads.
    /// </summary>
    public sealed class AirflowSecretsOptions
    {
        /// <summary>Airflow's default for <c>[secrets] cache_ttl_seconds</c>: 900 seconds.</summary>
        public static readonly TimeSpan DefaultCacheTtl = TimeSpan.FromSeconds(900);

        /// <summary>The Key Vault backend's settings; <c>null</c> when no vault is configured.</summary>
        public AzureKeyVaultBackendOptions? KeyVault { get; set; }

        /// <summary>Whether <c>AIRFLOW_VAR_*</c> / <c>AIRFLOW_CONN_*</c> are read after the vault, as Airflow does. Default: true.</summary>
        public bool UseEnvironmentVariables { get; set; } = true;

        /// <summary>Reads environment variables for the environment backend; default: the process environment.</summary>
        public Func<string, string?>? EnvironmentVariableReader { get; set; }

        /// <summary>Backends consulted after the environment, in order (for example an <see cref="InMemorySecretsBackend"/> of defaults).</summary>
        public IList<IAirflowSecretsBackend> AdditionalBackends { get; } = new List<IAirflowSecretsBackend>();

        /// <summary>
        /// How long a value served from the cache may be past its TTL when the backend that supplied it is failing
        /// (last-known-good). Default: one hour.
        /// </summary>
        public static readonly TimeSpan DefaultMaxStaleness = TimeSpan.FromHours(1);

        /// <summary>
        /// Cache found values per key (<c>[secrets] use_cache</c>). Default: <c>true</c>. Airflow's own default is
        /// false; <c>AIRFLOW__SECRETS__USE_CACHE=False</c> or <c>false</c> here turns the cache off, and every read
        /// then asks the backends (concurrent reads of one key still share one request).
        /// </summary>
        public bool UseCache { get; set; } = true;

        /// <summary>Airflow's <c>[secrets] cache_ttl_seconds</c>: how long a cached value is served. Default: 900 s.</summary>
        public TimeSpan CacheTtl { get; set; } = DefaultCacheTtl;

        /// <summary>
        /// Last-known-good: when refreshing an expired value fails in the backend that supplied it (an outage, a
        /// throttled vault), the old value is served, and the failure logged, for at most this long after it
        /// expired. <see cref="TimeSpan.Zero"/> turns last-known-good off. Default: <see cref="DefaultMaxStaleness"/>.
        /// </summary>
        public TimeSpan MaxStaleness { get; set; } = DefaultMaxStaleness;

        /// <summary>The default of <see cref="OutageInterval"/>: 30 seconds.</summary>
        public static readonly TimeSpan DefaultOutageInterval = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Outage awareness: when a backend cannot be reached (connection refused, host not found, a TLS failure, a
        /// timeout, after the client's own retries), lookups skip it for this long and say so in their fallback and
        /// not-found texts; then one lookup probes it again, and concurrent lookups and bulk loads share that probe.
        /// The outage is logged once per backend per interval. <see cref="TimeSpan.Zero"/> turns this off: every lookup
        /// then asks every backend, and pays its retries. Default: <see cref="DefaultOutageInterval"/>.
        /// </summary>
        public TimeSpan OutageInterval { get; set; } = DefaultOutageInterval;

        /// <summary>Serializer options for typed (JSON) variables; default: <see cref="AirflowJson.DefaultSerializerOptions"/>.</summary>
        public JsonSerializerOptions? JsonSerializerOptions { get; set; }

        // A copy that can be changed without changing this one (the backends themselves are shared).
        internal AirflowSecretsOptions Clone()
        {
            var copy = new AirflowSecretsOptions();
            copy.CopyFrom(this);
            return copy;
        }

        // Takes every setting of another instance (Options: the instance the options system made is filled from the source).
        internal void CopyFrom(AirflowSecretsOptions other)
        {
            KeyVault = other.KeyVault;
            UseEnvironmentVariables = other.UseEnvironmentVariables;
            EnvironmentVariableReader = other.EnvironmentVariableReader;
            AdditionalBackends.Clear();
            foreach (IAirflowSecretsBackend backend in other.AdditionalBackends) AdditionalBackends.Add(backend);
            UseCache = other.UseCache;
            CacheTtl = other.CacheTtl;
            MaxStaleness = other.MaxStaleness;
            OutageInterval = other.OutageInterval;
            JsonSerializerOptions = other.JsonSerializerOptions;
        }

        /// <summary>Checks the settings.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">A setting is invalid.</exception>
        public void Validate()
        {
            KeyVault?.Validate();
            ValidateCache();
            ValidateOutageInterval();
        }

        // The settings the resolver itself uses: also checked by a resolver built over explicit backends.
        internal void ValidateResolution()
        {
            if (UseCache) ValidateCache();
            ValidateOutageInterval();
        }

        private void ValidateOutageInterval()
        {
            if (OutageInterval < TimeSpan.Zero)
            {
                throw new AirflowSecretsConfigurationException("The outage interval must not be negative.", nameof(OutageInterval));
            }
        }

        // The cache settings alone: also checked by a resolver built over explicit backends.
        internal void ValidateCache()
        {
            if (UseCache && CacheTtl <= TimeSpan.Zero)
            {
                throw new AirflowSecretsConfigurationException("The cache TTL must be positive when the cache is on.", "cache_ttl_seconds");
            }

            if (MaxStaleness < TimeSpan.Zero)
            {
                throw new AirflowSecretsConfigurationException("The maximum staleness must not be negative.", nameof(MaxStaleness));
            }
        }
    }
}
