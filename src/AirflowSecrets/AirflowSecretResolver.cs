using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Internal;
using AirflowSecrets.Resolution;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AirflowSecrets
{
    /// <summary>
    /// Resolves Airflow variables, connections and config values through backends in Airflow's order
    /// (Key Vault, then the environment, then any further backends): the first backend that holds a key
    /// wins; a backend that fails is logged (never with a value) and the next one is tried. Found values are
    /// cached per key for <see cref="AirflowSecretsOptions.CacheTtl"/> (unless <see cref="AirflowSecretsOptions.UseCache"/>
    /// is off), concurrent reads of one key share one lookup, and an expired value is served while the backend
    /// that supplied it fails, up to <see cref="AirflowSecretsOptions.MaxStaleness"/>. A backend that cannot be reached
    /// is skipped for <see cref="AirflowSecretsOptions.OutageInterval"/>, then probed once. Thread-safe.
    /// </summary>
    public sealed class AirflowSecretResolver
    {
        private readonly IAirflowSecretsBackend[] _backends;
        private readonly JsonSerializerOptions? _jsonOptions;
        private readonly Func<long> _clock;
        private readonly SecretCache? _cache;
        private readonly BackendChain _chain;
        private readonly SingleFlight<AirflowSecretKey, Lookup> _flights;

        /// <summary>Creates a resolver over explicit backends, consulted in the given order, with the default options (cache on).</summary>
        public AirflowSecretResolver(IEnumerable<IAirflowSecretsBackend> backends, ILogger<AirflowSecretResolver>? logger = null)
            : this(backends, new AirflowSecretsOptions(), logger)
        {
        }

        /// <summary>Creates a resolver over explicit backends with the cache and JSON settings of <paramref name="options"/>.</summary>
        public AirflowSecretResolver(IEnumerable<IAirflowSecretsBackend> backends, AirflowSecretsOptions options, ILogger<AirflowSecretResolver>? logger = null)
            : this(backends, options, logger, clock: null)
        {
        }

        internal AirflowSecretResolver(IEnumerable<IAirflowSecretsBackend> backends, AirflowSecretsOptions options, ILogger? logger, Func<long>? clock)
        {
            if (backends is null) throw new ArgumentNullException(nameof(backends));
            if (options is null) throw new ArgumentNullException(nameof(options));
            _backends = backends.ToArray();
            if (_backends.Any(b => b is null)) throw new ArgumentException("A backend is null.", nameof(backends));
            options.ValidateResolution();
            _jsonOptions = options.JsonSerializerOptions;
            _clock = clock ?? ResolverClock.Now;
            SlotClock = clock;
            if (options.UseCache) _cache = new SecretCache(options.CacheTtl, options.MaxStaleness, clock is null ? CoarseClock.Margin : 0);
            _chain = new BackendChain(_backends, _cache, options.OutageInterval, logger ?? NullLogger.Instance, _clock);
            _flights = new SingleFlight<AirflowSecretKey, Lookup>(_chain.FetchAsync);
        }

        /// <summary>
        /// Creates the resolver an Airflow deployment describes: the Key Vault backend when
        /// <see cref="AirflowSecretsOptions.KeyVault"/> is set, then environment variables, then
        /// <see cref="AirflowSecretsOptions.AdditionalBackends"/>.
        /// </summary>
        /// <exception cref="AirflowSecretsConfigurationException">The options are invalid.</exception>
        public static AirflowSecretResolver Create(AirflowSecretsOptions options, ILoggerFactory? loggerFactory = null) =>
            Create(options, loggerFactory, clock: null);

        // As Create, on a clock of its own (the configuration provider's TimeProvider, so that tests drive TTLs and reloads together).
        internal static AirflowSecretResolver Create(AirflowSecretsOptions options, ILoggerFactory? loggerFactory, Func<long>? clock)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            var backends = new List<IAirflowSecretsBackend>();
            if (options.KeyVault != null) backends.Add(new AzureKeyVaultBackend(options.KeyVault));
            if (options.UseEnvironmentVariables)
            {
                backends.Add(options.EnvironmentVariableReader is null
                    ? new EnvironmentVariablesBackend()
                    : new EnvironmentVariablesBackend(options.EnvironmentVariableReader));
            }

            backends.AddRange(options.AdditionalBackends);
            return new AirflowSecretResolver(backends, options, loggerFactory?.CreateLogger<AirflowSecretResolver>(), clock);
        }

        /// <summary>Creates the resolver from Airflow's environment variables (<c>AIRFLOW__SECRETS__BACKEND[_KWARGS]</c>…).</summary>
        /// <exception cref="AirflowSecretsConfigurationException">The environment describes an invalid configuration.</exception>
        public static AirflowSecretResolver FromEnvironment(ILoggerFactory? loggerFactory = null) =>
            Create(AirflowSecretsEnvironment.FromEnvironment(loggerFactory?.CreateLogger(typeof(AirflowSecretsEnvironment).FullName!)), loggerFactory);

        /// <summary>The backends, in the order they are consulted.</summary>
        public IReadOnlyList<IAirflowSecretsBackend> Backends => _backends;

        /// <summary>Each backend's state, in order: available, or skipped after a transport failure and until when.</summary>
        public IReadOnlyList<AirflowBackendStatus> GetBackendStatuses() => _chain.Statuses();

        /// <summary>A variable's raw text, as <c>Variable.get(key)</c> returns it. An empty string is a value.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        public ValueTask<string> GetVariableAsync(string key, CancellationToken cancellationToken = default) =>
            GetVariableAsync(key, teamName: null, cancellationToken);

        /// <summary>A team's variable: the team-scoped names first, then the global ones.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        public ValueTask<string> GetVariableAsync(string key, string? teamName, CancellationToken cancellationToken = default) =>
            TryGetFresh(AirflowSecretKind.Variable, key, teamName, cancellationToken, out CacheEntry? entry)
                ? new ValueTask<string>((string)entry!.Value)
                : ResolveRequiredAsync<string>(AirflowSecretKind.Variable, key, teamName, cancellationToken);

        /// <summary>A variable's raw text, or <paramref name="defaultValue"/> when no backend holds it (<c>Variable.get(key, default_var)</c>).</summary>
        public async ValueTask<string?> GetVariableOrDefaultAsync(string key, string? defaultValue = null, string? teamName = null, CancellationToken cancellationToken = default) =>
            (string?)await ResolveAsync(AirflowSecretKind.Variable, key, teamName, required: false, cancellationToken).ConfigureAwait(false) ?? defaultValue;

        /// <summary>A variable read as JSON (<c>Variable.get(key, deserialize_json=True)</c>) into <typeparamref name="T"/>, by reflection.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        [RequiresUnreferencedCode(AirflowJson.ReflectionWarning)]
        [RequiresDynamicCode(AirflowJson.ReflectionDynamicWarning)]
        public ValueTask<T> GetVariableAsync<T>(string key, CancellationToken cancellationToken = default) =>
            GetVariableAsync(key, AirflowValueReaders.Reflection<T>(), teamName: null, cancellationToken);

        /// <summary>A team's variable read as JSON into <typeparamref name="T"/>, by reflection.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        [RequiresUnreferencedCode(AirflowJson.ReflectionWarning)]
        [RequiresDynamicCode(AirflowJson.ReflectionDynamicWarning)]
        public ValueTask<T> GetVariableAsync<T>(string key, string? teamName, CancellationToken cancellationToken = default) =>
            GetVariableAsync(key, AirflowValueReaders.Reflection<T>(), teamName, cancellationToken);

        /// <summary>
        /// A variable read as JSON (<c>Variable.get(key, deserialize_json=True)</c>) by <paramref name="reader"/> (see
        /// <see cref="AirflowValueReaders"/>): no reflection, for trimmed and Native AOT applications.
        /// </summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        public ValueTask<T> GetVariableAsync<T>(string key, AirflowValueReader<T> reader, string? teamName = null, CancellationToken cancellationToken = default)
        {
            if (reader is null) throw new ArgumentNullException(nameof(reader));

            // Warm path: a cached value already read as T (immutable types only) is returned without parsing or allocating.
            if (TryGetFresh(AirflowSecretKind.Variable, key, teamName, cancellationToken, out CacheEntry? entry, count: false) && entry!.TryGetTyped(out T cached))
            {
                Instrumentation.CacheHit(AirflowSecretKind.Variable);
                return new ValueTask<T>(cached);
            }

            return ReadTypedAsync(key, reader, teamName, cancellationToken);
        }

        private async ValueTask<T> ReadTypedAsync<T>(string key, AirflowValueReader<T> reader, string? teamName, CancellationToken cancellationToken)
        {
            var id = new AirflowSecretKey(AirflowSecretKind.Variable, key, teamName);
            Lookup lookup = await LookupAsync(id, cancellationToken).ConfigureAwait(false);
            if (lookup.Value is null) throw new AirflowSecretNotFoundException(AirflowSecretKind.Variable, key, id.TeamName, lookup.Searched);
            T value = reader.Read((string)lookup.Value, _jsonOptions, key);
            if (ImmutableType<T>.Is && _cache != null && _cache.TryGet(id, out CacheEntry? entry) && ReferenceEquals(entry!.Value, lookup.Value))
            {
                entry.SetTyped(value);
            }

            return value;
        }

        /// <summary>A variable read as JSON into <typeparamref name="T"/> by reflection, or <paramref name="defaultValue"/> when no backend holds it.</summary>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        [RequiresUnreferencedCode(AirflowJson.ReflectionWarning)]
        [RequiresDynamicCode(AirflowJson.ReflectionDynamicWarning)]
        public ValueTask<T?> GetVariableOrDefaultAsync<T>(string key, T? defaultValue, string? teamName = null, CancellationToken cancellationToken = default) =>
            GetVariableOrDefaultAsync(key, defaultValue, AirflowValueReaders.Reflection<T>(), teamName, cancellationToken);

        /// <summary>
        /// A variable read as JSON by <paramref name="reader"/> (no reflection), or <paramref name="defaultValue"/> when no
        /// backend holds it (<c>Variable.get(key, default_var, deserialize_json=True)</c>).
        /// </summary>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        public async ValueTask<T?> GetVariableOrDefaultAsync<T>(string key, T? defaultValue, AirflowValueReader<T> reader, string? teamName = null, CancellationToken cancellationToken = default)
        {
            if (reader is null) throw new ArgumentNullException(nameof(reader));
            object? raw = await ResolveAsync(AirflowSecretKind.Variable, key, teamName, required: false, cancellationToken).ConfigureAwait(false);
            return raw is null ? defaultValue : reader.Read((string)raw, _jsonOptions, key);
        }

        /// <summary>A connection, parsed from its URI or JSON value (<c>Connection.get(conn_id)</c>).</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds a usable value for the id.</exception>
        public ValueTask<AirflowConnection> GetConnectionAsync(string connId, CancellationToken cancellationToken = default) =>
            GetConnectionAsync(connId, teamName: null, cancellationToken);

        /// <summary>A team's connection: the team-scoped names first, then the global ones.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds a usable value for the id.</exception>
        public ValueTask<AirflowConnection> GetConnectionAsync(string connId, string? teamName, CancellationToken cancellationToken = default) =>
            TryGetFresh(AirflowSecretKind.Connection, connId, teamName, cancellationToken, out CacheEntry? entry)
                ? new ValueTask<AirflowConnection>((AirflowConnection)entry!.Value)
                : ResolveRequiredAsync<AirflowConnection>(AirflowSecretKind.Connection, connId, teamName, cancellationToken);

        /// <summary>A connection, or <c>null</c> when no backend holds a usable value for the id.</summary>
        public async ValueTask<AirflowConnection?> TryGetConnectionAsync(string connId, string? teamName = null, CancellationToken cancellationToken = default) =>
            (AirflowConnection?)await ResolveAsync(AirflowSecretKind.Connection, connId, teamName, required: false, cancellationToken).ConfigureAwait(false);

        /// <summary>A config value served by a secrets backend (Key Vault's <c>airflow-config-*</c>).</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        public async ValueTask<string> GetConfigAsync(string key, CancellationToken cancellationToken = default) =>
            (string)(await ResolveAsync(AirflowSecretKind.Config, key, teamName: null, required: true, cancellationToken).ConfigureAwait(false))!;

        /// <summary>A config value, or <c>null</c> when no backend holds it.</summary>
        public async ValueTask<string?> TryGetConfigAsync(string key, CancellationToken cancellationToken = default) =>
            (string?)await ResolveAsync(AirflowSecretKind.Config, key, teamName: null, required: false, cancellationToken).ConfigureAwait(false);

        // The clock slots read: null for the process-wide coarse clock (this resolver's clock is the system's), else this
        // resolver's own clock, read exactly (tests, a configuration provider's TimeProvider).
        internal Func<long>? SlotClock { get; }

        // A slot's read when it cannot answer: through the cache and the single-flight lookup, as every other read; the
        // entry the value came from is published into the slot when its value may be shared.
        internal async ValueTask<T> ReadSlotAsync<T>(AirflowSecretSlot<T> slot, CancellationToken cancellationToken)
        {
            AirflowSecretKey id = slot.Key;
            Lookup lookup = await LookupAsync(id, cancellationToken).ConfigureAwait(false);
            if (lookup.Value is null)
            {
                if (slot.Absent is null) throw new AirflowSecretNotFoundException(id.Kind, id.Key, id.TeamName, lookup.Searched);
                return slot.Absent();
            }

            T value = slot.Reader is null ? (T)lookup.Value : slot.Reader.Read((string)lookup.Value, _jsonOptions, id.Key);
            if (slot.Shareable && _cache != null && _cache.TryGet(id, out CacheEntry? entry) && ReferenceEquals(entry!.Value, lookup.Value))
            {
                slot.Publish(entry, value);
            }

            return value;
        }

        /// <summary>Forgets every cached value (including last-known-good values).</summary>
        public void ClearCache() => _cache?.Clear();

        /// <summary>
        /// Loads a known set of keys at once: all are looked up concurrently (within each backend's request limit),
        /// the cache is filled, and the values are returned as a snapshot that reads without I/O.
        /// </summary>
        /// <param name="keys">The keys that must be found.</param>
        /// <param name="optionalKeys">Keys that may be absent (the snapshot then reports them as missing); a key in both lists is required.</param>
        /// <param name="cancellationToken">Cancels the wait.</param>
        /// <exception cref="AirflowSecretsLoadException">A required key was not found or could not be read; every such key is listed.</exception>
        public async Task<AirflowSecretsSnapshot> LoadAsync(
            IEnumerable<AirflowSecretKey> keys, IEnumerable<AirflowSecretKey>? optionalKeys = null, CancellationToken cancellationToken = default)
        {
            if (keys is null) throw new ArgumentNullException(nameof(keys));
            var required = new HashSet<AirflowSecretKey>();
            var ordered = new List<AirflowSecretKey>();
            foreach (AirflowSecretKey key in keys)
            {
                if (key.Key is null) throw new ArgumentException("A key is default(AirflowSecretKey).", nameof(keys));
                if (required.Add(key)) ordered.Add(key);
            }

            var seen = new HashSet<AirflowSecretKey>(required);
            foreach (AirflowSecretKey key in optionalKeys ?? Array.Empty<AirflowSecretKey>())
            {
                if (key.Key is null) throw new ArgumentException("A key is default(AirflowSecretKey).", nameof(optionalKeys));
                if (seen.Add(key)) ordered.Add(key);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var lookups = new Task<Lookup>[ordered.Count];
            for (int i = 0; i < ordered.Count; i++) lookups[i] = LookupAsync(ordered[i], cancellationToken).AsTask();
            await Task.WhenAll(lookups).ConfigureAwait(false);

            var found = new Dictionary<AirflowSecretKey, object>();
            var missing = new Dictionary<AirflowSecretKey, IReadOnlyList<string>>();
            var failures = new List<AirflowSecretLoadFailure>();
            for (int i = 0; i < ordered.Count; i++)
            {
                Lookup lookup = lookups[i].Result;
                if (lookup.Value != null)
                {
                    found[ordered[i]] = lookup.Value;
                    continue;
                }

                missing[ordered[i]] = lookup.Searched;
                if (required.Contains(ordered[i])) failures.Add(new AirflowSecretLoadFailure(ordered[i], lookup.Failed, lookup.Searched));
            }

            var snapshot = new AirflowSecretsSnapshot(found, missing, _jsonOptions);
            if (failures.Count > 0) throw new AirflowSecretsLoadException(failures, snapshot);
            return snapshot;
        }

        // A fresh cache entry for the key, read without allocating; false when the cache is off, cold or expired. A hit is
        // counted (unless the caller counts it itself); a miss is counted by the lookup that follows.
        private bool TryGetFresh(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken, out CacheEntry? entry, bool count = true)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            entry = null;
            bool hit = _cache != null && !cancellationToken.IsCancellationRequested
                && _cache.TryGetFresh(new AirflowSecretKey(kind, key, teamName), _clock(), out entry);
            if (hit && count) Instrumentation.CacheHit(kind);
            return hit;
        }

        private async ValueTask<T> ResolveRequiredAsync<T>(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken) =>
            (T)(await ResolveAsync(kind, key, teamName, required: true, cancellationToken).ConfigureAwait(false))!;

        // Returns a string (variables, config) or an AirflowConnection, or null when not found and not required.
        private async ValueTask<object?> ResolveAsync(AirflowSecretKind kind, string key, string? teamName, bool required, CancellationToken cancellationToken)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            var id = new AirflowSecretKey(kind, key, teamName);
            Lookup lookup = await LookupAsync(id, cancellationToken).ConfigureAwait(false);
            if (lookup.Value is null && required) throw new AirflowSecretNotFoundException(kind, key, id.TeamName, lookup.Searched);
            return lookup.Value;
        }

        // A fresh cached value, else the key's one in-flight lookup (joined, or started): concurrent callers of a
        // cold key share one walk over the backends.
        private ValueTask<Lookup> LookupAsync(AirflowSecretKey id, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_cache != null && _cache.TryGetFresh(id, _clock(), out CacheEntry? entry))
            {
                Instrumentation.CacheHit(id.Kind);
                return new ValueTask<Lookup>(entry!.Hit);
            }

            if (_cache != null) Instrumentation.CacheMiss(id.Kind);
            return new ValueTask<Lookup>(_flights.RunAsync(id, cancellationToken));
        }
    }
}
