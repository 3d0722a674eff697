using System;
using System.Collections.Generic;
using System.Globalization;
using AirflowSecrets.Python;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AirflowSecrets
{
    /// <summary>
    /// Reads the resolver's settings from the same variables Airflow reads: <c>AIRFLOW__SECRETS__BACKEND</c>,
    /// <c>AIRFLOW__SECRETS__BACKEND_KWARGS</c>, their worker forms <c>AIRFLOW__WORKERS__SECRETS_BACKEND[_KWARGS]</c>,
    /// <c>AIRFLOW__SECRETS__USE_CACHE</c> and <c>AIRFLOW__SECRETS__CACHE_TTL_SECONDS</c>.
    /// </summary>
    public static class AirflowSecretsEnvironment
    {
        /// <summary>The class path of Airflow's Azure Key Vault backend.</summary>
        public const string KeyVaultBackendClassPath = "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend";

        /// <summary>The older module path of the same backend (provider versions before the rename); also accepted.</summary>
        public const string LegacyKeyVaultBackendClassPath = "airflow.providers.microsoft.azure.secrets.azure_key_vault.AzureKeyVaultBackend";

        /// <summary><c>[secrets] backend</c>.</summary>
        public const string BackendVariable = "AIRFLOW__SECRETS__BACKEND";

        /// <summary><c>[secrets] backend_kwargs</c>.</summary>
        public const string BackendKwargsVariable = "AIRFLOW__SECRETS__BACKEND_KWARGS";

        /// <summary><c>[workers] secrets_backend</c>.</summary>
        public const string WorkersBackendVariable = "AIRFLOW__WORKERS__SECRETS_BACKEND";

        /// <summary><c>[workers] secrets_backend_kwargs</c>.</summary>
        public const string WorkersBackendKwargsVariable = "AIRFLOW__WORKERS__SECRETS_BACKEND_KWARGS";

        /// <summary><c>[secrets] use_cache</c>.</summary>
        public const string UseCacheVariable = "AIRFLOW__SECRETS__USE_CACHE";

        /// <summary><c>[secrets] cache_ttl_seconds</c>.</summary>
        public const string CacheTtlVariable = "AIRFLOW__SECRETS__CACHE_TTL_SECONDS";

        /// <summary>Reads the settings from the process environment.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">A setting is invalid; the message names it.</exception>
        public static AirflowSecretsOptions FromEnvironment(ILogger? logger = null) =>
            Load(Environment.GetEnvironmentVariable, logger);

        /// <summary>Reads the settings through <paramref name="getEnvironmentVariable"/>.</summary>
        /// <exception cref="AirflowSecretsConfigurationException">A setting is invalid; the message names it.</exception>
        public static AirflowSecretsOptions FromEnvironment(Func<string, string?> getEnvironmentVariable, ILogger? logger = null) =>
            Load(getEnvironmentVariable ?? throw new ArgumentNullException(nameof(getEnvironmentVariable)), logger);

        /// <summary>
        /// Reads the settings from configuration keys named like the environment variables with <c>__</c>
        /// as <c>:</c> (<c>AIRFLOW:SECRETS:BACKEND</c>…), which is what the environment-variables
        /// configuration provider produces; <c>appsettings.json</c> may hold the same keys.
        /// </summary>
        /// <exception cref="AirflowSecretsConfigurationException">A setting is invalid; the message names it.</exception>
        public static AirflowSecretsOptions FromConfiguration(IConfiguration configuration, ILogger? logger = null)
        {
            if (configuration is null) throw new ArgumentNullException(nameof(configuration));
            return Load(name => configuration[name.Replace("__", ":")], logger);
        }

        private static AirflowSecretsOptions Load(Func<string, string?> read, ILogger? logger)
        {
            logger ??= NullLogger.Instance;
            var options = new AirflowSecretsOptions();

            string? workersBackend = Trimmed(read(WorkersBackendVariable));
            string backendVariable = string.IsNullOrEmpty(workersBackend) ? BackendVariable : WorkersBackendVariable;
            string kwargsVariable = string.IsNullOrEmpty(workersBackend) ? BackendKwargsVariable : WorkersBackendKwargsVariable;
            string? backend = string.IsNullOrEmpty(workersBackend) ? Trimmed(read(BackendVariable)) : workersBackend;

            if (string.IsNullOrEmpty(backend))
            {
                Log.NoBackend(logger, BackendVariable);
            }
            else if (backend == KeyVaultBackendClassPath || backend == LegacyKeyVaultBackendClassPath)
            {
                options.KeyVault = ParseKwargs(read(kwargsVariable), kwargsVariable, logger);
            }
            else
            {
                throw new AirflowSecretsConfigurationException(
                    backendVariable + " names the backend '" + backend + "', which AirflowSecrets cannot use. It reads Azure Key Vault ("
                    + KeyVaultBackendClassPath + ") and the environment; unset " + backendVariable + " to read the environment only.",
                    backendVariable);
            }

            string? useCache = Trimmed(read(UseCacheVariable));
            if (!string.IsNullOrEmpty(useCache)) options.UseCache = ParseBoolean(useCache!, UseCacheVariable);
            string? ttl = Trimmed(read(CacheTtlVariable));
            if (!string.IsNullOrEmpty(ttl))
            {
                if (!int.TryParse(ttl, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seconds) || seconds <= 0)
                {
                    throw new AirflowSecretsConfigurationException(CacheTtlVariable + " must be a positive whole number of seconds.", CacheTtlVariable);
                }

                options.CacheTtl = TimeSpan.FromSeconds(seconds);
            }

            options.Validate();
            return options;
        }

        /// <summary>
        /// Parses <c>backend_kwargs</c> JSON as Airflow does: absent or empty means the defaults; invalid JSON
        /// or a non-object is ignored with a warning (Airflow's behaviour). Prefixes must be strings or
        /// <c>null</c>, and <c>sep</c> a non-empty string: anything else is a configuration error naming the kwarg.
        /// </summary>
        /// <exception cref="AirflowSecretsConfigurationException">A kwarg has a type Airflow would misuse.</exception>
        public static AzureKeyVaultBackendOptions ParseKwargs(string? kwargsJson, string source = BackendKwargsVariable, ILogger? logger = null)
        {
            logger ??= NullLogger.Instance;
            var options = new AzureKeyVaultBackendOptions();
            if (string.IsNullOrEmpty(kwargsJson)) return options;

            PyValue kwargs;
            try
            {
                kwargs = PyJson.Loads(kwargsJson!);
            }
            catch (PyJsonException ex)
            {
                Log.KwargsNotJson(logger, source, ex.Message);
                options.IgnoredKwargsReason = source + " is not valid JSON (" + ex.Message + ") and was ignored, as Airflow ignores it";
                return options;
            }

            if (!kwargs.IsTruthy) return options;
            if (kwargs.Kind != PyKind.Dict)
            {
                Log.KwargsNotObject(logger, source, kwargs.PythonTypeName);
                options.IgnoredKwargsReason = source + " is a JSON " + kwargs.PythonTypeName + ", not an object, and was ignored, as Airflow ignores it";
                return options;
            }

            foreach (var entry in kwargs.Entries!)
            {
                string name = entry.Key;
                PyValue value = entry.Value;
                switch (name)
                {
                    case "connections_prefix": options.ConnectionsPrefix = Prefix(value, name); break;
                    case "variables_prefix": options.VariablesPrefix = Prefix(value, name); break;
                    case "config_prefix": options.ConfigPrefix = Prefix(value, name); break;
                    case "sep":
                        if (value.Kind != PyKind.String || value.String!.Length == 0)
                        {
                            throw new AirflowSecretsConfigurationException(
                                "The backend kwarg 'sep' must be a non-empty string (Airflow fails on every lookup otherwise).", name);
                        }

                        options.Separator = value.String;
                        break;
                    case "vault_url":
                        string? url = OptionalString(value, name);
                        if (!string.IsNullOrEmpty(url))
                        {
                            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri))
                            {
                                throw new AirflowSecretsConfigurationException("The backend kwarg 'vault_url' is not an absolute URL.", name);
                            }

                            options.VaultUrl = uri;
                        }

                        break;
                    case "tenant_id": options.TenantId = OptionalString(value, name); break;
                    case "client_id": options.ClientId = OptionalString(value, name); break;
                    case "client_secret": options.ClientSecret = OptionalString(value, name); break;
                    case "managed_identity_client_id": options.ManagedIdentityClientId = OptionalString(value, name); break;
                    case "workload_identity_tenant_id": options.WorkloadIdentityTenantId = OptionalString(value, name); break;
                    case "verify_challenge_resource":
                        if (value.Kind != PyKind.Bool)
                        {
                            throw new AirflowSecretsConfigurationException("The backend kwarg 'verify_challenge_resource' must be true or false.", name);
                        }

                        options.ClientOptions ??= AzureKeyVaultBackendOptions.CreateClientOptions();
                        options.ClientOptions.DisableChallengeResourceVerification = !value.Bool;
                        break;
                    case "connection_verify":
                        // azure-core: True (the default trust), False (no verification), or the path of a CA bundle.
                        if (value.Kind == PyKind.Bool && value.Bool) break;
                        if (value.Kind == PyKind.String && value.String!.Length > 0)
                        {
                            options.ConnectionVerify = value.String;
                            break;
                        }

                        throw new AirflowSecretsConfigurationException(
                            value.Kind == PyKind.Bool
                                ? "The backend kwarg 'connection_verify' is false, which would turn certificate checks off; AirflowSecrets does not do that. Give the path of the vault's CA certificate (PEM) instead."
                                : "The backend kwarg 'connection_verify' must be true or the path of a CA bundle (PEM); it is a JSON " + value.PythonTypeName + ".",
                            name);
                    default:
                        // Airflow hands unknown kwargs to Python's SecretClient; the .NET client has no such bag.
                        options.IgnoredKwargs.Add(name);
                        Log.KwargIgnored(logger, source, name);
                        break;
                }
            }

            return options;
        }

        private static string? Prefix(PyValue value, string kwarg)
        {
            if (value.Kind == PyKind.Null) return null;
            if (value.Kind == PyKind.String) return value.String;
            // Deliberate difference: Airflow formats false/0/objects with str() and looks up "False-my-key".
            throw new AirflowSecretsConfigurationException(
                "The backend kwarg '" + kwarg + "' must be a string, or null to disable those lookups; it is a JSON " + value.PythonTypeName + ".",
                kwarg);
        }

        private static string? OptionalString(PyValue value, string kwarg)
        {
            if (value.Kind == PyKind.Null) return null;
            if (value.Kind == PyKind.String) return value.String;
            throw new AirflowSecretsConfigurationException("The backend kwarg '" + kwarg + "' must be a string; it is a JSON " + value.PythonTypeName + ".", kwarg);
        }

        // Airflow's conf.getboolean: t/true/1 and f/false/0, in any case.
        private static bool ParseBoolean(string text, string variable)
        {
            switch (text.ToLowerInvariant())
            {
                case "t":
                case "true":
                case "1":
                    return true;
                case "f":
                case "false":
                case "0":
                    return false;
                default:
                    throw new AirflowSecretsConfigurationException(variable + " must be true or false.", variable);
            }
        }

        private static string? Trimmed(string? value) => value?.Trim();
    }
}
