using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Clients;
using AirflowSecrets.Python;
using AirflowSecrets.Resolution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace AirflowSecrets.Configuration
{
    /// <summary>
    /// Airflow's variables, connections and config values as configuration keys: <c>Airflow:Variables:{key}</c> (JSON
    /// objects and arrays also flattened as the JSON configuration provider flattens a file),
    /// <c>Airflow:Connections:{conn_id}:{Field}</c> and <c>…:Extra:{key}</c>, <c>ConnectionStrings:{conn_id}</c> in the
    /// native form of the connection's client, <c>Airflow:Config:{key}</c>. Reads only the declared keys, through an
    /// <see cref="AirflowSecretResolver"/> (Airflow's names and fallbacks, its cache and outage handling), and reloads them
    /// on an interval when asked. Never logs a value.
    /// </summary>
    public sealed class AirflowSecretsConfigurationProvider : IConfigurationProvider, IDisposable
    {
        private readonly AirflowSecretsConfigurationOptions _options;
        private readonly ILogger _logger;
        private readonly AirflowSecretKey[] _required;
        private readonly AirflowSecretKey[] _optional;
        private readonly Lazy<AirflowSecretResolver> _resolver;
        private Dictionary<string, string?> _data = new(StringComparer.OrdinalIgnoreCase);
        private CancellationTokenSource _reloadSource = new();
        private ITimer? _timer;
        private readonly object _gate = new();
        private Task<bool>? _running;
        private bool _failureLogged;
        private bool _disposed;

        internal AirflowSecretsConfigurationProvider(AirflowSecretsConfigurationOptions options)
        {
            _options = options;
            _options.Validate();
            _logger = options.LoggerFactory?.CreateLogger(typeof(AirflowSecretsConfigurationProvider).FullName!) ?? NullLogger.Instance;
            // A key one class requires is required, even if another declares it optional.
            var required = new HashSet<AirflowSecretKey>(options.Keys);
            _required = options.Keys.Distinct().ToArray();
            _optional = options.OptionalKeys.Where(k => !required.Contains(k)).Distinct().ToArray();
            _resolver = new Lazy<AirflowSecretResolver>(CreateResolver, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The resolver the provider reads through.</summary>
        public AirflowSecretResolver Resolver => _resolver.Value;

        /// <summary>The keys the provider reads: the required ones first, then the optional ones.</summary>
        public IReadOnlyList<AirflowSecretKey> DeclaredKeys => _required.Concat(_optional).ToArray();

        /// <summary>Which of <see cref="DeclaredKeys"/> must be found.</summary>
        public IReadOnlyList<AirflowSecretKey> RequiredKeys => _required;

        /// <summary>When the last reload failed, why (keys and causes, never a value); <c>null</c> while the values are current.</summary>
        public string? LastReloadFailure { get; private set; }

        /// <summary>When the values were last loaded, on the provider's clock.</summary>
        public DateTimeOffset? LastLoaded { get; private set; }

        /// <summary>Loads every declared key; called when the configuration is built.</summary>
        /// <exception cref="AirflowSecretsLoadException">A required key was not found or could not be read: every such key is listed.</exception>
        /// <exception cref="AirflowSecretsConfigurationException">The resolver's settings are invalid, or a connection cannot be written in its client's form.</exception>
        public void Load()
        {
            // Configuration loads synchronously; the lookups run concurrently, off any synchronization context.
            Dictionary<string, string?> data = Task.Run(() => ReadAsync(CancellationToken.None)).GetAwaiter().GetResult();
            Volatile.Write(ref _data, data);
            LastLoaded = _options.TimeProvider.GetUtcNow();
            StartTimer();
        }

        /// <summary>
        /// Reads the declared keys again now, through the resolver (values still fresh in its cache are not asked for
        /// again); returns whether a value changed. While a reload runs, a call joins it. A failure keeps the last good
        /// values and is logged once, until a reload succeeds again.
        /// </summary>
        public Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                if (_running is null || _running.IsCompleted) _running = ReloadCoreAsync(cancellationToken);
                return _running;
            }
        }

        private async Task<bool> ReloadCoreAsync(CancellationToken cancellationToken)
        {
            await Task.Yield();
            {
                Dictionary<string, string?> data;
                try
                {
                    data = await ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The library's own messages name keys and causes, never values; of anything else only the type is kept.
                    LastReloadFailure = ex is AirflowSecretsException or AirflowClientSettingsException ? ex.Message : ex.GetType().FullName;
                    if (!_failureLogged)
                    {
                        _failureLogged = true;
                        Log.ReloadFailed(_logger, LastReloadFailure!);
                    }

                    return false;
                }

                if (_failureLogged)
                {
                    _failureLogged = false;
                    Log.ReloadRecovered(_logger);
                }

                LastReloadFailure = null;
                LastLoaded = _options.TimeProvider.GetUtcNow();
                if (SameData(Volatile.Read(ref _data), data)) return false;
                Volatile.Write(ref _data, data);
                OnReload();
                return true;
            }
        }

        /// <inheritdoc />
        public bool TryGet(string key, out string? value) => Volatile.Read(ref _data).TryGetValue(key, out value);

        /// <summary>Values are read from the vault only: a set value lasts until the next reload.</summary>
        public void Set(string key, string? value)
        {
            var copy = new Dictionary<string, string?>(Volatile.Read(ref _data), StringComparer.OrdinalIgnoreCase) { [key] = value };
            Volatile.Write(ref _data, copy);
        }

        /// <inheritdoc />
        public IChangeToken GetReloadToken() => new CancellationChangeToken(Volatile.Read(ref _reloadSource).Token);

        /// <inheritdoc />
        public IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
        {
            var results = new List<string>();
            Dictionary<string, string?> data = Volatile.Read(ref _data);
            if (parentPath is null)
            {
                foreach (string key in data.Keys) results.Add(Segment(key, 0));
            }
            else
            {
                foreach (string key in data.Keys)
                {
                    if (key.Length > parentPath.Length && key.StartsWith(parentPath, StringComparison.OrdinalIgnoreCase) && key[parentPath.Length] == ':')
                    {
                        results.Add(Segment(key, parentPath.Length + 1));
                    }
                }
            }

            results.AddRange(earlierKeys);
            results.Sort(CompareKeys);
            return results;
        }

        /// <summary>Stops reloading.</summary>
        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            _timer?.Dispose();
            _reloadSource.Dispose();
        }

        /// <inheritdoc />
        public override string ToString() =>
            "AirflowSecrets (" + _required.Length + " required, " + _optional.Length + " optional keys" + (_options.ReloadInterval is TimeSpan i ? ", reloaded every " + i : string.Empty) + ")";

        private AirflowSecretResolver CreateResolver()
        {
            if (_options.Resolver != null) return _options.Resolver;
            AirflowSecretsOptions settings = _options.Secrets?.Clone()
                ?? AirflowSecretsEnvironment.FromEnvironment(_options.LoggerFactory?.CreateLogger(typeof(AirflowSecretsEnvironment).FullName!));
            _options.ConfigureSecrets?.Invoke(settings);
            // A reload must see the vault: cached values live at most one interval.
            if (_options.ReloadInterval is TimeSpan interval && settings.CacheTtl > interval) settings.CacheTtl = interval;
            TimeProvider time = _options.TimeProvider;
            Func<long>? clock = null;
            if (time != TimeProvider.System)
            {
                long origin = time.GetTimestamp();
                clock = () => ResolverClock.ToTicks(time.GetElapsedTime(origin)) + 1;
            }

            return AirflowSecretResolver.Create(settings, _options.LoggerFactory, clock);
        }

        private void StartTimer()
        {
            if (_options.ReloadInterval is not TimeSpan interval || _timer != null || _disposed) return;
            _timer = _options.TimeProvider.CreateTimer(_ => _ = ReloadAsync(), null, interval, interval);
        }

        private void OnReload()
        {
            CancellationTokenSource previous = Interlocked.Exchange(ref _reloadSource, new CancellationTokenSource());
            previous.Cancel();
        }

        private async Task<Dictionary<string, string?>> ReadAsync(CancellationToken cancellationToken)
        {
            AirflowSecretsSnapshot snapshot = await Resolver.LoadAsync(_required, _optional, cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            var unmappable = new List<string>();
            foreach (AirflowSecretKey key in _required.Concat(_optional))
            {
                if (!snapshot.Contains(key)) continue;
                switch (key.Kind)
                {
                    case AirflowSecretKind.Variable:
                        AddVariable(data, Section(key, "Variables"), snapshot.GetVariable(key.Key, key.TeamName));
                        break;
                    case AirflowSecretKind.Connection:
                        AddConnection(data, key, snapshot.GetConnection(key.Key, key.TeamName), unmappable);
                        break;
                    case AirflowSecretKind.Config:
                        data[ConfigurationPath.Combine("Airflow", "Config", key.Key)] = snapshot.GetConfig(key.Key);
                        break;
                }
            }

            if (unmappable.Count > 0)
            {
                throw new AirflowSecretsConfigurationException(
                    unmappable.Count + (unmappable.Count == 1 ? " connection" : " connections") + " cannot be written as ConnectionStrings entries:" + Environment.NewLine
                    + string.Join(Environment.NewLine, unmappable.Select(m => "- " + m)),
                    "ConnectionStrings");
            }

            return data;
        }

        // Airflow:Variables:{key}, or Airflow:Teams:{team}:Variables:{key} for a team's variable (so that it never shadows the global one).
        private static string Section(AirflowSecretKey key, string kind) =>
            key.TeamName is null ? ConfigurationPath.Combine("Airflow", kind, key.Key) : ConfigurationPath.Combine("Airflow", "Teams", key.TeamName, kind, key.Key);

        private static void AddVariable(Dictionary<string, string?> data, string path, string text)
        {
            data[path] = text;
            string trimmed = text.TrimStart();
            if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[')) return;
            JsonDocument document;
            try
            {
                // Standard JSON as the JSON configuration provider reads a file (numbers keep their text: 1.50 stays 1.50).
                document = JsonDocument.Parse(text, DocumentOptions);
            }
            catch (JsonException)
            {
                try
                {
                    // What only Python's json.loads takes (NaN, Infinity), as Variable.get(key, deserialize_json=True) reads it.
                    document = JsonDocument.Parse(PyJson.ToStandardJson(PyJson.Loads(text), replaceLoneSurrogates: true), DocumentOptions);
                }
                catch (Exception ex) when (ex is PyJsonException or JsonException)
                {
                    return; // text that merely starts like JSON: the text alone
                }
            }

            using (document) Flatten(data, path, document.RootElement);
        }

        private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = PyJson.MaxDepth + 1 };

        // The JSON configuration provider's flattening: objects by member name, arrays by index, scalars as their text
        // (True, False), null and an empty object as null, an empty array as "".
        private static void Flatten(Dictionary<string, string?> data, string path, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    bool anyMember = false;
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        anyMember = true;
                        Flatten(data, ConfigurationPath.Combine(path, property.Name), property.Value);
                    }

                    if (!anyMember && !data.ContainsKey(path)) data[path] = null;
                    break;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Flatten(data, ConfigurationPath.Combine(path, index.ToString(CultureInfo.InvariantCulture)), item);
                        index++;
                    }

                    if (index == 0 && !data.ContainsKey(path)) data[path] = string.Empty;
                    break;
                case JsonValueKind.Null:
                    data[path] = null;
                    break;
                default:
                    data[path] = element.ToString();
                    break;
            }
        }

        private void AddConnection(Dictionary<string, string?> data, AirflowSecretKey key, AirflowConnection connection, List<string> unmappable)
        {
            string path = Section(key, "Connections");
            void Field(string name, string? value)
            {
                if (value != null) data[ConfigurationPath.Combine(path, name)] = value;
            }

            Field("ConnType", connection.ConnType);
            Field("Host", connection.Host);
            Field("Port", connection.Port?.ToString(CultureInfo.InvariantCulture));
            Field("Login", connection.Login);
            Field("Password", connection.Password);
            Field("Schema", connection.Schema);
            Field("Description", connection.Description);
            JsonElement extra = connection.ExtraDejson;
            if (extra.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in extra.EnumerateObject()) Flatten(data, ConfigurationPath.Combine(path, "Extra", property.Name), property.Value);
            }

            AirflowClientKind? client = _options.ConnectionClients.TryGetValue(key.Key, out AirflowClientKind chosen) ? chosen
                : _options.DeclaredClients.TryGetValue(key, out AirflowClientKind declared) ? declared
                : AirflowClients.ForConnType(connection.ConnType);
            if (client is null) return; // a conn_type no client here serves (ssh, …): the fields above only

            string name = key.TeamName is null ? ConfigurationPath.Combine("ConnectionStrings", key.Key) : ConfigurationPath.Combine("ConnectionStrings", key.TeamName, key.Key);
            try
            {
                data[name] = AirflowClients.GetSettings(connection, client.Value, _options.ClientOptions).ToConnectionString();
            }
            catch (AirflowClientSettingsException ex)
            {
                unmappable.Add(ex.Message);
            }
        }

        private static bool SameData(Dictionary<string, string?> left, Dictionary<string, string?> right)
        {
            if (left.Count != right.Count) return false;
            foreach (KeyValuePair<string, string?> pair in left)
            {
                if (!right.TryGetValue(pair.Key, out string? other) || !string.Equals(pair.Value, other, StringComparison.Ordinal)) return false;
            }

            return true;
        }

        private static string Segment(string key, int prefixLength)
        {
            int index = key.IndexOf(':', prefixLength);
            return index < 0 ? key.Substring(prefixLength) : key.Substring(prefixLength, index - prefixLength);
        }

        // ConfigurationKeyComparer's order: numbers by value (array indexes), other text ignoring case.
        private static int CompareKeys(string x, string y)
        {
            bool xNumber = int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out int xValue);
            bool yNumber = int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int yValue);
            if (xNumber && yNumber) return xValue.CompareTo(yValue);
            if (xNumber) return -1;
            if (yNumber) return 1;
            return string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
        }
    }

    internal sealed class AirflowSecretsConfigurationSource : IConfigurationSource
    {
        private readonly AirflowSecretsConfigurationOptions _options;

        public AirflowSecretsConfigurationSource(AirflowSecretsConfigurationOptions options) => _options = options;

        public IConfigurationProvider Build(IConfigurationBuilder builder) => new AirflowSecretsConfigurationProvider(_options.Copy());
    }
}
