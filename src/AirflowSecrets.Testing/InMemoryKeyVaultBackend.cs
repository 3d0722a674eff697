using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using Azure;

namespace AirflowSecrets.Testing
{
    /// <summary>
    /// Key Vault without HTTP, for plain unit tests: looks up the same secret names as
    /// <see cref="AzureKeyVaultBackend"/> (prefixes, separator, team-scoped names) in a <see cref="KeyVaultSecretStore"/>,
    /// and fails as the vault does: an invalid name is a 400, a disabled secret a 403 (as
    /// <see cref="RequestFailedException"/>s, so the resolver logs them and tries the next backend). Records the names asked for.
    /// A test double: never a production store.
    /// </summary>
    public sealed class InMemoryKeyVaultBackend : IAirflowSecretsBackend
    {
        private readonly AzureKeyVaultBackendOptions _options;
        private readonly ConcurrentQueue<string> _requested = new();

        /// <summary>Creates the backend over a store (a new one by default) with Airflow's default names unless options are given.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">The separator is empty.</exception>
        public InMemoryKeyVaultBackend(KeyVaultSecretStore? store = null, AzureKeyVaultBackendOptions? options = null)
        {
            _options = options ?? new AzureKeyVaultBackendOptions();
            _options.ValidateNaming();

            Store = store ?? new KeyVaultSecretStore();
        }

        /// <summary>The secrets served.</summary>
        public KeyVaultSecretStore Store { get; }

        /// <inheritdoc />
        public string Name => "Azure Key Vault (in memory)";

        /// <summary>The secret names asked for, in order.</summary>
        public IReadOnlyList<string> Requested => _requested.ToArray();

        /// <inheritdoc />
        public string DescribeLookup(AirflowSecretKind kind, string key, string? teamName)
        {
            IReadOnlyList<string> names = SecretNames(kind, key, teamName);
            return names.Count == 0 ? Name + " (not asked)" : Name + " secrets '" + string.Join("', '", names) + "'";
        }

        /// <summary>The secret names one lookup asks for, in order, exactly as the real backend builds them.</summary>
        public IReadOnlyList<string> SecretNames(AirflowSecretKind kind, string key, string? teamName = null) =>
            AirflowNaming.KeyVaultSecretNames(kind, AirflowNaming.NormalizePrefix(_options.GetPrefix(kind), _options.Separator), key, _options.Separator, teamName);

        /// <inheritdoc />
        public ValueTask<string?> GetValueAsync(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            cancellationToken.ThrowIfCancellationRequested();
            foreach (string name in SecretNames(kind, key, teamName))
            {
                _requested.Enqueue(name);
                if (!AirflowNaming.IsValidKeyVaultSecretName(name))
                {
                    throw new RequestFailedException(400, "The request URI contains an invalid name: " + name, "BadParameter", null);
                }

                KeyVaultSecretVersion? secret = Store.Get(name);
                if (secret is null) continue;
                if (!secret.Enabled)
                {
                    throw new RequestFailedException(403, "Operation get is not allowed on a disabled secret.", "Forbidden", null);
                }

                return new ValueTask<string?>(secret.Value);
            }

            return new ValueTask<string?>((string?)null);
        }
    }
}
