using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace AirflowSecrets.Testing
{
    /// <summary>
    /// The secrets of a test vault: names are case-insensitive (the case of the first set is kept), every set
    /// makes a new version, deleted secrets are kept until purged, as in Key Vault. Thread-safe. A test double:
    /// values live in memory, unencrypted.
    /// </summary>
    public sealed class KeyVaultSecretStore
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, List<KeyVaultSecretVersion>> _secrets = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DeletedKeyVaultSecret> _deleted = new(StringComparer.OrdinalIgnoreCase);
        private readonly Func<DateTimeOffset> _clock;

        /// <summary>Creates an empty store.</summary>
        public KeyVaultSecretStore()
            : this(() => DateTimeOffset.UtcNow)
        {
        }

        /// <summary>Creates an empty store with a clock for the created/updated times.</summary>
        public KeyVaultSecretStore(Func<DateTimeOffset> clock)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        }

        /// <summary>The names of the secrets that are not deleted, in the case they were created with.</summary>
        public IReadOnlyList<string> Names
        {
            get
            {
                lock (_gate) return _secrets.Values.Select(v => v[0].Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
            }
        }

        /// <summary>
        /// Stores a new version of a secret (Key Vault's set). Returns the new version.
        /// </summary>
        /// <exception cref="ArgumentException">The name is not a valid Key Vault secret name.</exception>
        /// <exception cref="InvalidOperationException">The secret is deleted and not yet purged.</exception>
        public KeyVaultSecretVersion Set(string name, string value, string? contentType = null, bool enabled = true, IReadOnlyDictionary<string, string>? tags = null)
        {
            if (!AirflowNaming.IsValidKeyVaultSecretName(name))
            {
                throw new ArgumentException("'" + name + "' is not a valid Key Vault secret name (1 to 127 of 0-9, a-z, A-Z and '-').", nameof(name));
            }

            if (value is null) throw new ArgumentNullException(nameof(value));
            lock (_gate)
            {
                if (_deleted.ContainsKey(name))
                {
                    throw new InvalidOperationException("Secret '" + name + "' is deleted but recoverable; purge it before setting it again.");
                }

                DateTimeOffset now = _clock();
                if (!_secrets.TryGetValue(name, out List<KeyVaultSecretVersion>? versions))
                {
                    versions = new List<KeyVaultSecretVersion>();
                    _secrets.Add(name, versions);
                }
                else
                {
                    name = versions[0].Name;
                }

                var version = new KeyVaultSecretVersion(
                    name, NewVersionId(), value, contentType, enabled, now, now,
                    new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal));
                versions.Add(version);
                return version;
            }
        }

        /// <summary>Stores a variable under the name Airflow's Key Vault backend reads (default prefix and separator unless given).</summary>
        public KeyVaultSecretVersion SetVariable(string key, string value, string? prefix = null, string separator = AirflowNaming.DefaultSeparator) =>
            Set(AirflowNaming.BuildPath(prefix ?? AirflowNaming.DefaultVariablesPrefix, key, separator), value);

        /// <summary>Stores a connection (URI or JSON text) under the name Airflow's Key Vault backend reads.</summary>
        public KeyVaultSecretVersion SetConnection(string connId, string value, string? prefix = null, string separator = AirflowNaming.DefaultSeparator) =>
            Set(AirflowNaming.BuildPath(prefix ?? AirflowNaming.DefaultConnectionsPrefix, connId, separator), value);

        /// <summary>Stores a config value under the name Airflow's Key Vault backend reads.</summary>
        public KeyVaultSecretVersion SetConfig(string key, string value, string? prefix = null, string separator = AirflowNaming.DefaultSeparator) =>
            Set(AirflowNaming.BuildPath(prefix ?? AirflowNaming.DefaultConfigPrefix, key, separator), value);

        /// <summary>Enables or disables the latest version (a disabled secret answers 403). Returns whether the secret exists.</summary>
        public bool SetEnabled(string name, bool enabled)
        {
            lock (_gate)
            {
                if (!_secrets.TryGetValue(name, out List<KeyVaultSecretVersion>? versions)) return false;
                KeyVaultSecretVersion latest = versions[versions.Count - 1];
                versions[versions.Count - 1] = latest.With(enabled, _clock());
                return true;
            }
        }

        /// <summary>The latest version, or the given one; <c>null</c> when there is none (or the secret is deleted).</summary>
        public KeyVaultSecretVersion? Get(string name, string? version = null)
        {
            lock (_gate)
            {
                if (!_secrets.TryGetValue(name, out List<KeyVaultSecretVersion>? versions)) return null;
                if (string.IsNullOrEmpty(version)) return versions[versions.Count - 1];
                return versions.FirstOrDefault(v => string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase));
            }
        }

        /// <summary>Every version of a secret, oldest first; empty when there is no such secret.</summary>
        public IReadOnlyList<KeyVaultSecretVersion> GetVersions(string name)
        {
            lock (_gate)
            {
                return _secrets.TryGetValue(name, out List<KeyVaultSecretVersion>? versions) ? versions.ToArray() : Array.Empty<KeyVaultSecretVersion>();
            }
        }

        /// <summary>Deletes a secret (soft delete: it can be read as deleted until purged). Returns the deleted secret, or <c>null</c>.</summary>
        public DeletedKeyVaultSecret? Delete(string name)
        {
            lock (_gate)
            {
                if (!_secrets.TryGetValue(name, out List<KeyVaultSecretVersion>? versions)) return null;
                _secrets.Remove(name);
                DateTimeOffset now = _clock();
                var deleted = new DeletedKeyVaultSecret(versions[versions.Count - 1], versions.ToArray(), now, now.AddDays(90));
                _deleted[name] = deleted;
                return deleted;
            }
        }

        /// <summary>A deleted secret, or <c>null</c>.</summary>
        public DeletedKeyVaultSecret? GetDeleted(string name)
        {
            lock (_gate) return _deleted.TryGetValue(name, out DeletedKeyVaultSecret? deleted) ? deleted : null;
        }

        /// <summary>Forgets a deleted secret for good. Returns whether there was one.</summary>
        public bool Purge(string name)
        {
            lock (_gate) return _deleted.Remove(name);
        }

        private static string NewVersionId()
        {
            byte[] bytes = new byte[16];
            RandomNumberGenerator.Fill(bytes);
            return Convert.ToHexString(bytes).ToLowerInvariant();
        }
    }

    /// <summary>One version of a stored secret. <see cref="ToString"/> never shows the value.</summary>
    public sealed class KeyVaultSecretVersion
    {
        internal KeyVaultSecretVersion(
            string name, string version, string value, string? contentType, bool enabled, DateTimeOffset created, DateTimeOffset updated, IReadOnlyDictionary<string, string> tags)
        {
            Name = name;
            Version = version;
            Value = value;
            ContentType = contentType;
            Enabled = enabled;
            Created = created;
            Updated = updated;
            Tags = tags;
        }

        /// <summary>The secret's name, in the case it was created with.</summary>
        public string Name { get; }

        /// <summary>The version id: 32 lower-case hex digits.</summary>
        public string Version { get; }

        /// <summary>The stored value.</summary>
        public string Value { get; }

        /// <summary>The content type, if any.</summary>
        public string? ContentType { get; }

        /// <summary>Whether the version can be read.</summary>
        public bool Enabled { get; }

        /// <summary>When the version was created.</summary>
        public DateTimeOffset Created { get; }

        /// <summary>When the version was last changed.</summary>
        public DateTimeOffset Updated { get; }

        /// <summary>The version's tags.</summary>
        public IReadOnlyDictionary<string, string> Tags { get; }

        /// <summary>Name and version; never the value.</summary>
        public override string ToString() => Name + "/" + Version + (Enabled ? string.Empty : " (disabled)");

        internal KeyVaultSecretVersion With(bool enabled, DateTimeOffset updated) =>
            new(Name, Version, Value, ContentType, enabled, Created, updated, Tags);
    }

    /// <summary>A soft-deleted secret.</summary>
    public sealed class DeletedKeyVaultSecret
    {
        internal DeletedKeyVaultSecret(KeyVaultSecretVersion latest, IReadOnlyList<KeyVaultSecretVersion> versions, DateTimeOffset deletedOn, DateTimeOffset scheduledPurgeDate)
        {
            Latest = latest;
            Versions = versions;
            DeletedOn = deletedOn;
            ScheduledPurgeDate = scheduledPurgeDate;
        }

        /// <summary>The latest version at the time of deletion.</summary>
        public KeyVaultSecretVersion Latest { get; }

        /// <summary>Every version at the time of deletion.</summary>
        public IReadOnlyList<KeyVaultSecretVersion> Versions { get; }

        /// <summary>When it was deleted.</summary>
        public DateTimeOffset DeletedOn { get; }

        /// <summary>When Key Vault would purge it (90 days later).</summary>
        public DateTimeOffset ScheduledPurgeDate { get; }

        /// <summary>Name and deletion time; never the value.</summary>
        public override string ToString() => Latest.Name + " (deleted)";
    }
}
