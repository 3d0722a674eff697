using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Backends
{
    /// <summary>
    /// Airflow's <c>EnvironmentVariablesBackend</c>: variables from <c>AIRFLOW_VAR_{KEY}</c>, connections
    /// from <c>AIRFLOW_CONN_{CONN_ID}</c> (upper-cased as Python does), team forms
    /// <c>AIRFLOW_VAR__{TEAM}___{KEY}</c> first. It serves no config values.
    /// </summary>
    public sealed class EnvironmentVariablesBackend : IAirflowSecretsBackend
    {
        private readonly Func<string, string?> _getVariable;

        /// <summary>Reads the process environment.</summary>
        public EnvironmentVariablesBackend()
            : this(Environment.GetEnvironmentVariable)
        {
        }

        /// <summary>Reads variables through <paramref name="getEnvironmentVariable"/> (for tests and embedded defaults).</summary>
        public EnvironmentVariablesBackend(Func<string, string?> getEnvironmentVariable)
        {
            _getVariable = getEnvironmentVariable ?? throw new ArgumentNullException(nameof(getEnvironmentVariable));
        }

        /// <summary>Reads variables from a fixed dictionary (for tests and embedded defaults).</summary>
        public EnvironmentVariablesBackend(IReadOnlyDictionary<string, string> variables)
        {
            if (variables is null) throw new ArgumentNullException(nameof(variables));
            _getVariable = name => variables.TryGetValue(name, out string? value) ? value : null;
        }

        /// <inheritdoc />
        public string Name => "environment variables";

        /// <inheritdoc />
        public string DescribeLookup(AirflowSecretKind kind, string key, string? teamName)
        {
            if (kind == AirflowSecretKind.Config) return "environment variables (they serve no config values)";
            IReadOnlyList<string> names = AirflowNaming.EnvironmentVariableNames(kind, key, teamName);
            return names.Count == 0
                ? "environment variables (the id names a team namespace, so Airflow does not read it globally)"
                : "environment " + (names.Count == 1 ? "variable " : "variables ") + Quote(names);
        }

        /// <inheritdoc />
        public ValueTask<string?> GetValueAsync(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            cancellationToken.ThrowIfCancellationRequested();
            if (kind == AirflowSecretKind.Config) return new ValueTask<string?>((string?)null);
            IReadOnlyList<string> names = AirflowNaming.EnvironmentVariableNames(kind, key, teamName);
            bool hasTeamName = !string.IsNullOrEmpty(teamName);
            for (int i = 0; i < names.Count; i++)
            {
                string? value = _getVariable(names[i]);
                bool isTeamName = hasTeamName && i == 0;
                // Airflow takes a team variable only when it is non-empty; the global one as it is.
                if (isTeamName ? !string.IsNullOrEmpty(value) : value != null) return new ValueTask<string?>(value);
            }

            return new ValueTask<string?>((string?)null);
        }

        internal static string Quote(IReadOnlyList<string> names) => "'" + string.Join("', '", names) + "'";
    }
}
