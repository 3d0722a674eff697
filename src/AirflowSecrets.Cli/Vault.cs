using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using Azure;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// The vault the tool works on and Airflow's names in it, from the same settings Airflow reads. Names come from the
    /// runtime's own <see cref="AzureKeyVaultBackend"/>, so the tool writes exactly what jobs read.
    /// </summary>
    internal sealed class Vault : IDisposable
    {
        private readonly AzureKeyVaultBackend _backend;

        private Vault(AzureKeyVaultBackendOptions options, SecretClient client)
        {
            Options = options;
            Client = client;
            _backend = new AzureKeyVaultBackend(options, client);
        }

        public AzureKeyVaultBackendOptions Options { get; }

        public SecretClient Client { get; }

        public string Separator => Options.Separator;

        /// <summary>Reads AIRFLOW__SECRETS__BACKEND_KWARGS (and the AZURE_* credential variables) and opens the vault.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">The settings are invalid; the message names the setting.</exception>
        public static Vault Open(CliContext context, string? vaultUrl)
        {
            AirflowSecretsOptions settings = AirflowSecretsEnvironment.FromEnvironment(context.Environment);
            AzureKeyVaultBackendOptions options = settings.KeyVault
                ?? AirflowSecretsEnvironment.ParseKwargs(context.Environment(AirflowSecretsEnvironment.BackendKwargsVariable));
            if (!string.IsNullOrEmpty(vaultUrl))
            {
                if (!Uri.TryCreate(vaultUrl, UriKind.Absolute, out Uri? url)) throw new AirflowSecretsConfigurationException("--vault-url is not an absolute URL.", "--vault-url");
                options.VaultUrl = url;
            }

            context.ConfigureBackend?.Invoke(options);
            return new Vault(options, AzureKeyVaultBackend.CreateSecretClient(options));
        }

        public string? Prefix(AirflowSecretKind kind) => _backend.EffectivePrefix(kind);

        /// <summary>The names Airflow reads for a key, in order; empty with a reason when Airflow would never read it from the vault.</summary>
        public IReadOnlyList<string> ReadNames(AirflowSecretKind kind, string key, string? team, out string? problem)
        {
            problem = null;
            string? prefix = Prefix(kind);
            if (prefix is null)
            {
                problem = "Airflow does not read " + KindPlural(kind) + " from Key Vault: its " + AirflowSecretKindInfo.Of(kind).PrefixKwarg + " is null";
                return Array.Empty<string>();
            }

            IReadOnlyList<string> names = _backend.SecretNames(kind, key, team);
            if (names.Count == 0)
            {
                problem = "Airflow never looks '" + key + "' up in Key Vault without a team: it takes '__' for a team-scoped name";
            }

            return names;
        }

        /// <summary>The one name a key is written under (the team form when a team is given), or null with why not.</summary>
        public string? WriteName(AirflowSecretKind kind, string key, string? team, out string? problem)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                problem = "the key is empty";
                return null;
            }

            IReadOnlyList<string> names = ReadNames(kind, key, team, out problem);
            if (names.Count == 0) return null;
            string name = names[0];
            if (!AirflowNaming.IsValidKeyVaultSecretName(name))
            {
                problem = "its Key Vault name '" + name + "' would be rejected: " + (name.Length > AirflowNaming.MaxKeyVaultNameLength
                    ? name.Length + " characters, more than " + AirflowNaming.MaxKeyVaultNameLength
                    : "only letters, digits and '-' are allowed");
                return null;
            }

            return name;
        }

        /// <summary>Reads the first of the names that exists: (name, value), or (name, null) when none does. Throws for 403 and other failures.</summary>
        public async Task<(string? Name, string? Value)> ReadAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
        {
            foreach (string name in names)
            {
                try
                {
                    KeyVaultSecret secret = (await Client.GetSecretAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
                    return (name, secret.Value);
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    // Airflow moves on to the next name.
                }
            }

            return (names.Count == 0 ? null : names[names.Count - 1], null);
        }

        /// <summary>Every secret name under a kind's prefix, with the keys it can serve.</summary>
        public async Task<List<ListedName>> ListAsync(AirflowSecretKind kind, CancellationToken cancellationToken)
        {
            var listed = new List<ListedName>();
            string? prefix = Prefix(kind);
            if (prefix is null) return listed;
            string start = prefix.Length == 0 ? string.Empty : prefix + Options.Separator;
            await foreach (SecretProperties properties in Client.GetPropertiesOfSecretsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!properties.Name.StartsWith(start, StringComparison.OrdinalIgnoreCase) || properties.Name.Length == start.Length) continue;
                listed.Add(ListedName.From(properties.Name, properties.Name.Substring(start.Length), Options.Separator, properties.Enabled ?? true));
            }

            return listed;
        }

        public void Dispose() => _backend.Dispose();

        public static string KindPlural(AirflowSecretKind kind) => AirflowSecretKindInfo.Of(kind).Plural;
    }

    /// <summary>A vault name mapped back to the Airflow key it serves, as far as the name allows.</summary>
    internal sealed class ListedName
    {
        public string Name { get; private set; } = string.Empty;

        public string? Team { get; private set; }

        public string Key { get; private set; } = string.Empty;

        public bool Enabled { get; private set; }

        /// <summary>Why the key cannot be known for sure, when it cannot.</summary>
        public string? Ambiguity { get; private set; }

        public static ListedName From(string name, string rest, string separator, bool enabled)
        {
            var listed = new ListedName { Name = name, Enabled = enabled };
            int team = rest.IndexOf(AirflowNaming.TeamSeparator, StringComparison.Ordinal);
            if (team > 0)
            {
                listed.Team = rest.Substring(0, team);
                rest = rest.Substring(team + AirflowNaming.TeamSeparator.Length);
            }

            // Airflow turned every '_' into the separator: the separator in a name may have been either.
            listed.Key = separator == "_" ? rest : rest.Replace(separator, "_");
            if (separator != "_" && rest.Contains(separator))
            {
                listed.Ambiguity = "'" + separator + "' in the name may stand for '_' or '" + separator + "' in the key";
            }

            return listed;
        }
    }
}
