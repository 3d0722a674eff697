using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
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
    /// wins; a backend that fails is logged (never with a value) and the next one is tried. Thread-safe.
    /// </summary>
    public sealed class AirflowSecretResolver
    {
        private readonly IAirflowSecretsBackend[] _backends;
        private readonly ILogger _logger;
        private readonly JsonSerializerOptions? _jsonOptions;
        private readonly long _cacheTtlTicks;
        private readonly Func<long> _clock;
        private readonly ConcurrentDictionary<(AirflowSecretKind Kind, string Team, string Key), CacheEntry>? _cache;

        /// <summary>Creates a resolver over explicit backends, consulted in the given order; no cache.</summary>
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
            _clock = clock ?? Stopwatch.GetTimestamp;
            if (options.UseCache)
            {
                if (options.CacheTtl <= TimeSpan.Zero)
                {
                    throw new AirflowSecretsConfigurationException("The cache TTL must be positive when the cache is on.", "cache_ttl_seconds");
                }

                _cacheTtlTicks = (long)(options.CacheTtl.TotalSeconds * Stopwatch.Frequency);
                _cache = new ConcurrentDictionary<(AirflowSecretKind, string, string), CacheEntry>();
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
        public async ValueTask<string> GetVariableAsync(string key, string? teamName, CancellationToken cancellationToken = default) =>
            (string)(await ResolveAsync(AirflowSecretKind.Variable, key, teamName, required: true, cancellationToken).ConfigureAwait(false))!;

        /// <summary>A variable's raw text, or <paramref name="defaultValue"/> when no backend holds it (<c>Variable.get(key, default_var)</c>).</summary>
        public async ValueTask<string?> GetVariableOrDefaultAsync(string key, string? defaultValue = null, string? teamName = null, CancellationToken cancellationToken = default) =>
            (string?)await ResolveAsync(AirflowSecretKind.Variable, key, teamName, required: false, cancellationToken).ConfigureAwait(false) ?? defaultValue;

        /// <summary>A variable read as JSON (<c>Variable.get(key, deserialize_json=True)</c>) into <typeparamref name="T"/>.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        public ValueTask<T> GetVariableAsync<T>(string key, CancellationToken cancellationToken = default) =>
            GetVariableAsync<T>(key, teamName: null, cancellationToken);

        /// <summary>A team's variable read as JSON into <typeparamref name="T"/>.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds the key.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        public async ValueTask<T> GetVariableAsync<T>(string key, string? teamName, CancellationToken cancellationToken = default)
        {
            string raw = await GetVariableAsync(key, teamName, cancellationToken).ConfigureAwait(false);
            return AirflowJson.Deserialize<T>(raw, _jsonOptions, key)!;
        }

        /// <summary>A variable read as JSON into <typeparamref name="T"/>, or <paramref name="defaultValue"/> when no backend holds it.</summary>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        public async ValueTask<T?> GetVariableOrDefaultAsync<T>(string key, T? defaultValue, string? teamName = null, CancellationToken cancellationToken = default)
        {
            object? raw = await ResolveAsync(AirflowSecretKind.Variable, key, teamName, required: false, cancellationToken).ConfigureAwait(false);
            return raw is null ? defaultValue : AirflowJson.Deserialize<T>((string)raw, _jsonOptions, key);
        }

        /// <summary>A connection, parsed from its URI or JSON value (<c>Connection.get(conn_id)</c>).</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds a usable value for the id.</exception>
        public ValueTask<AirflowConnection> GetConnectionAsync(string connId, CancellationToken cancellationToken = default) =>
            GetConnectionAsync(connId, teamName: null, cancellationToken);

        /// <summary>A team's connection: the team-scoped names first, then the global ones.</summary>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds a usable value for the id.</exception>
        public async ValueTask<AirflowConnection> GetConnectionAsync(string connId, string? teamName, CancellationToken cancellationToken = default) =>
            (AirflowConnection)(await ResolveAsync(AirflowSecretKind.Connection, connId, teamName, required: true, cancellationToken).ConfigureAwait(false))!;

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

        /// <summary>Forgets every cached value.</summary>
        public void ClearCache() => _cache?.Clear();

        // Returns a string (variables, config) or an AirflowConnection, or null when not found and not required.
        private async ValueTask<object?> ResolveAsync(AirflowSecretKind kind, string key, string? teamName, bool required, CancellationToken cancellationToken)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            cancellationToken.ThrowIfCancellationRequested();
            var cacheKey = (kind, teamName ?? string.Empty, key);
            if (_cache != null && _cache.TryGetValue(cacheKey, out CacheEntry cached) && _clock() < cached.ExpiresAt)
            {
                return cached.Value;
            }

            var searched = new List<string>(_backends.Length);
            foreach (IAirflowSecretsBackend backend in _backends)
            {
                string? value;
                try
                {
                    value = await backend.GetValueAsync(kind, key, teamName, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    string reason = DescribeFailure(ex);
                    Log.BackendFailed(_logger, IsSafeToLog(ex) ? ex : null, kind, key, backend.Name, reason);
                    searched.Add(backend.DescribeLookup(kind, key, teamName) + ": failed (" + reason + ")");
                    continue;
                }

                object? result = value;
                if (kind == AirflowSecretKind.Connection)
                {
                    // Airflow: "if not value" means not found, so an empty connection value is absent.
                    if (string.IsNullOrEmpty(value))
                    {
                        searched.Add(backend.DescribeLookup(kind, key, teamName) + ": not found");
                        continue;
                    }

                    try
                    {
                        result = AirflowConnection.Parse(value!, key);
                    }
                    catch (AirflowConnectionFormatException ex)
                    {
                        Log.MalformedConnection(_logger, backend.Name, key, ex.Problem);
                        searched.Add(backend.DescribeLookup(kind, key, teamName) + ": malformed value (" + ex.Problem + ")");
                        continue;
                    }
                }
                else if (value is null)
                {
                    searched.Add(backend.DescribeLookup(kind, key, teamName) + ": not found");
                    continue;
                }

                Log.Resolved(_logger, kind, key, backend.Name);
                if (_cache != null) _cache[cacheKey] = new CacheEntry(result!, _clock() + _cacheTtlTicks);
                return result;
            }

            if (required) throw new AirflowSecretNotFoundException(kind, key, teamName, searched);
            return null;
        }

        private static string DescribeFailure(Exception ex)
        {
            switch (ex)
            {
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
            ex is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException or AirflowSecretsException;

        private readonly struct CacheEntry
        {
            public CacheEntry(object value, long expiresAt)
            {
                Value = value;
                ExpiresAt = expiresAt;
            }

            public object Value { get; }

            public long ExpiresAt { get; }
        }
    }
}
