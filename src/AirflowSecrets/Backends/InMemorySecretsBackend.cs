using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Backends
{
    /// <summary>
    /// Values held in memory: embedded defaults, local runs and unit tests. Keys are matched exactly;
    /// a team-scoped entry is tried before the global one, as the other backends do. Thread-safe.
    /// </summary>
    public sealed class InMemorySecretsBackend : IAirflowSecretsBackend
    {
        private readonly ConcurrentDictionary<(AirflowSecretKind Kind, string Team, string Key), string> _values = new();

        /// <summary>Creates an empty backend with a name for messages.</summary>
        public InMemorySecretsBackend(string name = "in-memory values")
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <inheritdoc />
        public string Name { get; }

        /// <summary>Stores a variable's raw text (JSON for typed reads).</summary>
        public InMemorySecretsBackend SetVariable(string key, string value, string? teamName = null) => Set(AirflowSecretKind.Variable, key, value, teamName);

        /// <summary>Stores a connection as a URI or JSON text, exactly as it would be stored in Key Vault.</summary>
        public InMemorySecretsBackend SetConnection(string connId, string value, string? teamName = null) => Set(AirflowSecretKind.Connection, connId, value, teamName);

        /// <summary>Stores a connection; it is kept as its <see cref="AirflowConnection.GetUri"/>.</summary>
        public InMemorySecretsBackend SetConnection(string connId, AirflowConnection connection, string? teamName = null)
        {
            if (connection is null) throw new ArgumentNullException(nameof(connection));
            return Set(AirflowSecretKind.Connection, connId, connection.GetUri(), teamName);
        }

        /// <summary>Stores a config value.</summary>
        public InMemorySecretsBackend SetConfig(string key, string value) => Set(AirflowSecretKind.Config, key, value, teamName: null);

        /// <summary>Stores a value of any kind.</summary>
        public InMemorySecretsBackend Set(AirflowSecretKind kind, string key, string value, string? teamName = null)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            if (value is null) throw new ArgumentNullException(nameof(value));
            _values[(kind, teamName ?? string.Empty, key)] = value;
            return this;
        }

        /// <summary>Removes a value; returns whether it was there.</summary>
        public bool Remove(AirflowSecretKind kind, string key, string? teamName = null) =>
            _values.TryRemove((kind, teamName ?? string.Empty, key), out _);

        /// <inheritdoc />
        public string DescribeLookup(AirflowSecretKind kind, string key, string? teamName) => Name;

        /// <inheritdoc />
        public ValueTask<string?> GetValueAsync(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrEmpty(teamName) && _values.TryGetValue((kind, teamName!, key), out string? teamValue))
            {
                return new ValueTask<string?>(teamValue);
            }

            return new ValueTask<string?>(_values.TryGetValue((kind, string.Empty, key), out string? value) ? value : null);
        }
    }
}
