using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using Azure;
using Azure.Identity;
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
    /// that supplied it fails, up to <see cref="AirflowSecretsOptions.MaxStaleness"/>. Thread-safe.
    /// </summary>
    public sealed class AirflowSecretResolver
    {
        // After a failed refresh served last-known-good, the backend is asked again after this long at the most.
        private static readonly TimeSpan MaxStaleRetryInterval = TimeSpan.FromSeconds(30);

        private readonly IAirflowSecretsBackend[] _backends;
        private readonly ILogger _logger;
        private readonly JsonSerializerOptions? _jsonOptions;
        private readonly long _cacheTtlTicks;
        private readonly long _maxStaleTicks;
        private readonly long _staleRetryTicks;
        private readonly Func<long> _clock;
        private readonly ConcurrentDictionary<AirflowSecretKey, CacheEntry>? _cache;
        private readonly ConcurrentDictionary<AirflowSecretKey, Flight> _inFlight = new();

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
            _logger = logger ?? NullLogger.Instance;
            _jsonOptions = options.JsonSerializerOptions;
            _clock = clock ?? DefaultClock;
            if (options.UseCache)
            {
                options.ValidateCache();
                _cacheTtlTicks = ToTicks(options.CacheTtl);
                _maxStaleTicks = ToTicks(options.MaxStaleness);
                _staleRetryTicks = ToTicks(options.CacheTtl < MaxStaleRetryInterval ? options.CacheTtl : MaxStaleRetryInterval);
                _cache = new ConcurrentDictionary<AirflowSecretKey, CacheEntry>();
            }
        }

        /// <summary>
        /// Creates the resolver an Airflow deployment describes: the Key Vault backend when
        /// <see cref="AirflowSecretsOptions.KeyVault"/> is set, then environment variables, then
        /// <see cref="AirflowSecretsOptions.AdditionalBackends"/>.
        /// </summary>
        /// <exception cref="AirflowSecretsConfigurationException">The options are invalid.</exception>
        public static AirflowSecretResolver Create(AirflowSecretsOptions options, ILoggerFactory? loggerFactory = null)
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
            return new AirflowSecretResolver(backends, options, loggerFactory?.CreateLogger<AirflowSecretResolver>(), clock: null);
        }

        /// <summary>Creates the resolver from Airflow's environment variables (<c>AIRFLOW__SECRETS__BACKEND[_KWARGS]</c>…).</summary>
        /// <exception cref="AirflowSecretsConfigurationException">The environment describes an invalid configuration.</exception>
        public static AirflowSecretResolver FromEnvironment(ILoggerFactory? loggerFactory = null) =>
            Create(AirflowSecretsEnvironment.FromEnvironment(loggerFactory?.CreateLogger(typeof(AirflowSecretsEnvironment).FullName!)), loggerFactory);

        /// <summary>The backends, in the order they are consulted.</summary>
        public IReadOnlyList<IAirflowSecretsBackend> Backends => _backends;

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
            if (TryGetFresh(AirflowSecretKind.Variable, key, teamName, cancellationToken, out CacheEntry? entry) && entry!.TryGetTyped(out T cached))
            {
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
            if (ImmutableType<T>.Is && _cache != null && _cache.TryGetValue(id, out CacheEntry? entry) && ReferenceEquals(entry.Value, lookup.Value))
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

        // Stopwatch-tick units (what TTLs are converted to). On .NET 8 the millisecond tick count is read instead of the
        // high-resolution timer: cheaper on every cache hit, and a TTL needs no finer grain.
#if NET8_0_OR_GREATER
        private static readonly long StopwatchTicksPerMillisecond = Stopwatch.Frequency / 1000;

        private static long DefaultClock() => Environment.TickCount64 * StopwatchTicksPerMillisecond;
#else
        private static long DefaultClock() => Stopwatch.GetTimestamp();
#endif

        // A fresh cache entry for the key, read without allocating; false when the cache is off, cold or expired.
        private bool TryGetFresh(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken, out CacheEntry? entry)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            entry = null;
            return _cache != null && !cancellationToken.IsCancellationRequested
                && _cache.TryGetValue(new AirflowSecretKey(kind, key, teamName), out entry) && _clock() < entry.ExpiresAt;
        }

        private async ValueTask<T> ResolveRequiredAsync<T>(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken) =>
            (T)(await ResolveAsync(kind, key, teamName, required: true, cancellationToken).ConfigureAwait(false))!;

        private static long ToTicks(TimeSpan span) =>
            span.TotalSeconds * Stopwatch.Frequency >= long.MaxValue / 4 ? long.MaxValue / 4 : (long)(span.TotalSeconds * Stopwatch.Frequency);

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
        // cold key share one walk over the backends. A caller's cancellation ends its own wait; the shared lookup
        // is cancelled only when every caller waiting on it has gone.
        private ValueTask<Lookup> LookupAsync(AirflowSecretKey id, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_cache != null && _cache.TryGetValue(id, out CacheEntry? entry) && _clock() < entry.ExpiresAt)
            {
                return new ValueTask<Lookup>(entry.Hit);
            }

            return new ValueTask<Lookup>(AwaitFlightAsync(JoinFlight(id), cancellationToken));
        }

        private Flight JoinFlight(AirflowSecretKey id)
        {
            while (true)
            {
                if (_inFlight.TryGetValue(id, out Flight? existing))
                {
                    if (existing.TryJoin()) return existing;
                    RemoveFlight(existing);
                    continue;
                }

                var flight = new Flight(id);
                flight.TryJoin();
                if (_inFlight.TryAdd(id, flight))
                {
                    flight.Start(FetchAsync(id, flight));
                    return flight;
                }
            }
        }

        private async Task<Lookup> AwaitFlightAsync(Flight flight, CancellationToken cancellationToken)
        {
            try
            {
                return await TaskWaiting.WaitAsync(flight.Task, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (flight.Leave()) RemoveFlight(flight);
            }
        }

        private void RemoveFlight(Flight flight) =>
            ((ICollection<KeyValuePair<AirflowSecretKey, Flight>>)_inFlight).Remove(new KeyValuePair<AirflowSecretKey, Flight>(flight.Id, flight));

        // One walk over the backends in Airflow's order, shared by every caller of the key.
        private async Task<Lookup> FetchAsync(AirflowSecretKey id, Flight flight)
        {
            CancellationToken cancellationToken = flight.Token;
            try
            {
                long now = _clock();
                CacheEntry? stale = null;
                if (_cache != null && _cache.TryGetValue(id, out CacheEntry? entry))
                {
                    // Filled by a lookup that finished while this one was being started.
                    if (now < entry.ExpiresAt) return Lookup.Found(entry.Value);
                    if (now < entry.StaleUntil) stale = entry;
                }

                var searched = new List<string>(_backends.Length);
                bool failed = false;
                for (int index = 0; index < _backends.Length; index++)
                {
                    IAirflowSecretsBackend backend = _backends[index];
                    string? value;
                    try
                    {
                        value = await backend.GetValueAsync(id.Kind, id.Key, id.TeamName, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (Exception ex)
                    {
                        string reason = DescribeFailure(ex);
                        Log.BackendFailed(_logger, IsSafeToLog(ex) ? ex : null, id.Kind, id.Key, backend.Name, reason);
                        searched.Add(backend.DescribeLookup(id.Kind, id.Key, id.TeamName) + ": failed (" + reason + ")");
                        if (stale != null && stale.SourceIndex == index) return ServeStale(id, stale, backend, reason, now);
                        failed = true;
                        continue;
                    }

                    object? result = value;
                    if (id.Kind == AirflowSecretKind.Connection)
                    {
                        // Airflow: "if not value" means not found, so an empty connection value is absent.
                        if (string.IsNullOrEmpty(value))
                        {
                            searched.Add(backend.DescribeLookup(id.Kind, id.Key, id.TeamName) + ": not found");
                            continue;
                        }

                        try
                        {
                            result = AirflowConnection.Parse(value!, id.Key);
                        }
                        catch (AirflowConnectionFormatException ex)
                        {
                            Log.MalformedConnection(_logger, backend.Name, id.Key, ex.Problem);
                            searched.Add(backend.DescribeLookup(id.Kind, id.Key, id.TeamName) + ": malformed value (" + ex.Problem + ")");
                            if (stale != null && stale.SourceIndex == index) return ServeStale(id, stale, backend, ex.Problem, now);
                            failed = true;
                            continue;
                        }
                    }
                    else if (value is null)
                    {
                        searched.Add(backend.DescribeLookup(id.Kind, id.Key, id.TeamName) + ": not found");
                        continue;
                    }

                    Log.Resolved(_logger, id.Kind, id.Key, backend.Name);
                    if (_cache != null)
                    {
                        if (!failed)
                        {
                            _cache[id] = new CacheEntry(result!, index, now + _cacheTtlTicks, now + _cacheTtlTicks + _maxStaleTicks);
                        }
                        else
                        {
                            // An earlier backend failed: once it recovers it may hold the key, so do not pin this answer.
                            Log.NotCachedAfterFailure(_logger, id.Kind, id.Key, backend.Name);
                        }
                    }

                    return Lookup.Found(result!);
                }

                // Every backend answered and none holds the key: whatever was cached is gone.
                if (_cache != null && !failed) _cache.TryRemove(id, out _);
                return Lookup.Missing(searched, failed);
            }
            finally
            {
                RemoveFlight(flight);
            }
        }

        private Lookup ServeStale(AirflowSecretKey id, CacheEntry stale, IAirflowSecretsBackend backend, string reason, long now)
        {
            long expiredFor = now - (stale.StaleUntil - _maxStaleTicks);
            Log.ServingLastKnownGood(_logger, id.Kind, id.Key, backend.Name, reason, TimeSpan.FromSeconds((double)expiredFor / Stopwatch.Frequency));
            long retryAt = now + _staleRetryTicks;
            _cache![id] = new CacheEntry(stale.Value, stale.SourceIndex, retryAt < stale.StaleUntil ? retryAt : stale.StaleUntil, stale.StaleUntil);
            return Lookup.Found(stale.Value);
        }

        private static string DescribeFailure(Exception ex)
        {
            switch (ex)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    // The SDK's retry policy gives up with every attempt's failure: name the last.
                    return "gave up after " + aggregate.InnerExceptions.Count + " attempts; last: "
                        + DescribeFailure(aggregate.InnerExceptions[aggregate.InnerExceptions.Count - 1]);
                case RequestFailedException request when request.Status == 0:
                    return "no response: " + (request.InnerException?.GetType().Name ?? "transport error");
                case RequestFailedException request:
                    return "HTTP " + request.Status + (string.IsNullOrEmpty(request.ErrorCode) ? string.Empty : " " + request.ErrorCode);
                case AuthenticationFailedException:
                    return "authentication failed: " + ex.GetType().Name;
                case AirflowSecretsException:
                    return ex.Message;
                default:
                    return ex.GetType().FullName ?? ex.GetType().Name;
            }
        }

        // Exceptions whose messages are known not to carry stored values are logged whole; others by type only.
        private static bool IsSafeToLog(Exception ex) =>
            ex is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException or AirflowSecretsException
            || (ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsSafeToLog));

        private sealed class CacheEntry
        {
            private object? _typed;

            public CacheEntry(object value, int sourceIndex, long expiresAt, long staleUntil)
            {
                Value = value;
                SourceIndex = sourceIndex;
                ExpiresAt = expiresAt;
                StaleUntil = staleUntil;
                Hit = Lookup.Found(value);
            }

            public object Value { get; }

            // The answer for a cache hit, made once so that a hit allocates nothing.
            public Lookup Hit { get; }

            // The value last read as some T (immutable types only), so that warm typed reads skip JSON.
            public bool TryGetTyped<T>(out T value)
            {
                if (Volatile.Read(ref _typed) is Typed<T> typed)
                {
                    value = typed.Value;
                    return true;
                }

                value = default!;
                return false;
            }

            public void SetTyped<T>(T value) => Volatile.Write(ref _typed, new Typed<T>(value));

            // The backend that supplied the value: only its failure lets the old value be served.
            public int SourceIndex { get; }

            public long ExpiresAt { get; }

            public long StaleUntil { get; }
        }

        private sealed class Typed<T>
        {
            public Typed(T value) => Value = value;

            public T Value { get; }
        }

        // Types whose values can be handed to every caller: nobody can change them.
        private static class ImmutableType<T>
        {
            public static readonly bool Is = Check(typeof(T));

            private static bool Check(Type type)
            {
                Type inner = Nullable.GetUnderlyingType(type) ?? type;
                return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(DateTime)
                    || inner == typeof(DateTimeOffset) || inner == typeof(TimeSpan) || inner == typeof(Guid) || inner == typeof(Uri);
            }
        }

        // The outcome of one walk: a value, or the places searched and whether any of them failed.
        private sealed class Lookup
        {
            private static readonly IReadOnlyList<string> NothingSearched = Array.Empty<string>();

            private Lookup(object? value, IReadOnlyList<string> searched, bool failed)
            {
                Value = value;
                Searched = searched;
                Failed = failed;
            }

            public object? Value { get; }

            public IReadOnlyList<string> Searched { get; }

            public bool Failed { get; }

            public static Lookup Found(object value) => new(value, NothingSearched, failed: false);

            public static Lookup Missing(IReadOnlyList<string> searched, bool failed) => new(null, searched, failed);
        }

        // One lookup in progress and the callers waiting for it.
        private sealed class Flight : IDisposable
        {
            private readonly object _gate = new();
            private readonly CancellationTokenSource _cancellation = new();
            private readonly TaskCompletionSource<Lookup> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
            private int _waiters;
            private bool _abandoned;
            private bool _finished;

            public Flight(AirflowSecretKey id) => Id = id;

            public AirflowSecretKey Id { get; }

            // Completes when the lookup does; callers can join before the lookup has been started.
            public Task<Lookup> Task => _result.Task;

            public CancellationToken Token => _cancellation.Token;

            public void Start(Task<Lookup> lookup) =>
                lookup.ContinueWith(
                    (done, state) =>
                    {
                        var flight = (Flight)state!;
                        flight.Dispose();
                        if (done.IsCanceled) flight._result.TrySetCanceled();
                        else if (done.IsFaulted) flight._result.TrySetException(done.Exception!.InnerExceptions);
                        else flight._result.TrySetResult(done.Result);
                    },
                    this,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);

            public bool TryJoin()
            {
                lock (_gate)
                {
                    if (_abandoned) return false;
                    _waiters++;
                    return true;
                }
            }

            // Returns true when the last waiter left before the lookup finished: the lookup is then cancelled.
            public bool Leave()
            {
                lock (_gate)
                {
                    _waiters--;
                    if (_waiters > 0 || _finished) return false;
                    _abandoned = true;
                    _cancellation.Cancel();
                    return true;
                }
            }

            // Called once, when the lookup has finished.
            public void Dispose()
            {
                lock (_gate)
                {
                    _finished = true;
                    _cancellation.Dispose();
                }
            }
        }
    }
}
