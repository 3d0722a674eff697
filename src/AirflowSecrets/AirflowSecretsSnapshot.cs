using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AirflowSecrets
{
    /// <summary>
    /// The values of one <see cref="AirflowSecretResolver.LoadAsync"/>:
    /// read them without further I/O. Only keys that were part of the load can be read. <see cref="ToString"/> never shows a value.
    /// </summary>
    public sealed class AirflowSecretsSnapshot
    {
        private readonly IReadOnlyDictionary<AirflowSecretKey, object> _found;
        private readonly IReadOnlyDictionary<AirflowSecretKey, IReadOnlyList<string>> _missing;
        private readonly JsonSerializerOptions? _jsonOptions;

        internal AirflowSecretsSnapshot(
            IReadOnlyDictionary<AirflowSecretKey, object> found,
            IReadOnlyDictionary<AirflowSecretKey, IReadOnlyList<string>> missing,
            JsonSerializerOptions? jsonOptions)
        {
            _found = found;
            _missing = missing;
            _jsonOptions = jsonOptions;
        }

        /// <summary>The keys that were found.</summary>
        public IEnumerable<AirflowSecretKey> Found => _found.Keys;

        /// <summary>The keys that were asked for and not found (optional ones, or every one missing when the load failed).</summary>
        public IEnumerable<AirflowSecretKey> Missing => _missing.Keys;

        /// <summary>Whether the key was found.</summary>
        public bool Contains(AirflowSecretKey key) => _found.ContainsKey(key);

        /// <summary>A variable's raw text.</summary>
        /// <exception cref="AirflowSecretNotFoundException">The variable was asked for and not found.</exception>
        /// <exception cref="KeyNotFoundException">The variable was not part of the load.</exception>
        public string GetVariable(string key, string? teamName = null) => (string)Get(AirflowSecretKey.Variable(key, teamName));

        /// <summary>A variable read as JSON into <typeparamref name="T"/>, by reflection.</summary>
        /// <exception cref="AirflowSecretNotFoundException">The variable was asked for and not found.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        /// <exception cref="KeyNotFoundException">The variable was not part of the load.</exception>
        [RequiresUnreferencedCode(AirflowJson.ReflectionWarning)]
        [RequiresDynamicCode(AirflowJson.ReflectionDynamicWarning)]
        public T GetVariable<T>(string key, string? teamName = null) => GetVariable(key, AirflowValueReaders.Reflection<T>(), teamName);

        /// <summary>A variable read as JSON by <paramref name="reader"/> (see <see cref="AirflowValueReaders"/>): no reflection.</summary>
        /// <exception cref="AirflowSecretNotFoundException">The variable was asked for and not found.</exception>
        /// <exception cref="AirflowVariableFormatException">The value is not JSON or does not fit <typeparamref name="T"/>.</exception>
        /// <exception cref="KeyNotFoundException">The variable was not part of the load.</exception>
        public T GetVariable<T>(string key, AirflowValueReader<T> reader, string? teamName = null)
        {
            if (reader is null) throw new ArgumentNullException(nameof(reader));
            return reader.Read(GetVariable(key, teamName), _jsonOptions, key);
        }

        /// <summary>A variable's raw text, or <paramref name="defaultValue"/> when it was asked for and not found.</summary>
        /// <exception cref="KeyNotFoundException">The variable was not part of the load.</exception>
        public string? GetVariableOrDefault(string key, string? defaultValue = null, string? teamName = null) =>
            (string?)GetOrNull(AirflowSecretKey.Variable(key, teamName)) ?? defaultValue;

        /// <summary>A connection.</summary>
        /// <exception cref="AirflowSecretNotFoundException">The connection was asked for and not found.</exception>
        /// <exception cref="KeyNotFoundException">The connection was not part of the load.</exception>
        public AirflowConnection GetConnection(string connId, string? teamName = null) => (AirflowConnection)Get(AirflowSecretKey.Connection(connId, teamName));

        /// <summary>A connection, or <c>null</c> when it was asked for and not found.</summary>
        /// <exception cref="KeyNotFoundException">The connection was not part of the load.</exception>
        public AirflowConnection? TryGetConnection(string connId, string? teamName = null) =>
            (AirflowConnection?)GetOrNull(AirflowSecretKey.Connection(connId, teamName));

        /// <summary>A config value.</summary>
        /// <exception cref="AirflowSecretNotFoundException">The config value was asked for and not found.</exception>
        /// <exception cref="KeyNotFoundException">The config key was not part of the load.</exception>
        public string GetConfig(string key) => (string)Get(AirflowSecretKey.Config(key));

        /// <summary>A config value, or <c>null</c> when it was asked for and not found.</summary>
        /// <exception cref="KeyNotFoundException">The config key was not part of the load.</exception>
        public string? TryGetConfig(string key) => (string?)GetOrNull(AirflowSecretKey.Config(key));

        /// <summary>How many keys were found and missed; never a value.</summary>
        public override string ToString() => "AirflowSecretsSnapshot (" + _found.Count + " found, " + _missing.Count + " missing)";

        internal JsonSerializerOptions? JsonOptions => _jsonOptions;

        // A value found by the load (text or a connection); false when it was asked for and not found.
        internal bool TryGetRaw(AirflowSecretKey key, out object? value)
        {
            value = GetOrNull(key);
            return value != null;
        }

        internal AirflowSecretNotFoundException NotFound(AirflowSecretKey key) =>
            new AirflowSecretNotFoundException(key.Kind, key.Key, key.TeamName, _missing[key]);

        private object Get(AirflowSecretKey key)
        {
            object? value = GetOrNull(key);
            if (value is null)
            {
                throw NotFound(key);
            }

            return value;
        }

        private object? GetOrNull(AirflowSecretKey key)
        {
            if (_found.TryGetValue(key, out object? value)) return value;
            if (_missing.ContainsKey(key)) return null;
            throw new KeyNotFoundException("The " + key + " was not part of this load; add it to the keys passed to LoadAsync.");
        }
    }
}
