using System;
using System.Collections.Generic;

namespace AirflowSecrets
{
    /// <summary>
    /// The base of every exception AirflowSecrets throws. Messages name keys, secret names and what is
    /// wrong; they never contain a stored value.
    /// </summary>
    public abstract class AirflowSecretsException : Exception
    {
        /// <summary>Creates the exception.</summary>
        protected AirflowSecretsException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }

    /// <summary>The configuration (backend kwargs, options, environment variables) is invalid.</summary>
    public sealed class AirflowSecretsConfigurationException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowSecretsConfigurationException(string message, string? setting = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Setting = setting;
        }

        /// <summary>The kwarg, option or environment variable at fault, when there is one.</summary>
        public string? Setting { get; }
    }

    /// <summary>A stored connection value is not a connection Airflow could parse (URI or JSON).</summary>
    public sealed class AirflowConnectionFormatException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowConnectionFormatException(string? connectionId, string problem)
            : base(connectionId is null
                ? "The connection value is malformed: " + problem + "."
                : "Connection '" + connectionId + "' has a malformed value: " + problem + ".")
        {
            ConnectionId = connectionId;
            Problem = problem;
        }

        /// <summary>The connection id, when known.</summary>
        public string? ConnectionId { get; }

        /// <summary>What is wrong, in words that never quote the value.</summary>
        public string Problem { get; }
    }

    /// <summary>A stored variable is not JSON, or its JSON does not fit the requested type.</summary>
    public sealed class AirflowVariableFormatException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowVariableFormatException(string? key, Type targetType, string problem, Exception? innerException = null)
            : base((key is null ? "The variable value" : "Variable '" + key + "'") + " cannot be read as " + targetType.FullName + ": " + problem + ".", innerException)
        {
            Key = key;
            TargetType = targetType;
            Problem = problem;
        }

        /// <summary>The variable key, when known.</summary>
        public string? Key { get; }

        /// <summary>The type that was requested.</summary>
        public Type TargetType { get; }

        /// <summary>What is wrong, in words that never quote the value.</summary>
        public string Problem { get; }
    }

    /// <summary>No backend holds the requested variable, connection or config value.</summary>
    public sealed class AirflowSecretNotFoundException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowSecretNotFoundException(AirflowSecretKind kind, string key, string? teamName, IReadOnlyList<string> searched)
            : base(BuildMessage(kind, key, teamName, searched))
        {
            Kind = kind;
            Key = key;
            TeamName = teamName;
            Searched = searched;
        }

        /// <summary>What was looked up.</summary>
        public AirflowSecretKind Kind { get; }

        /// <summary>The variable key, connection id or config key.</summary>
        public string Key { get; }

        /// <summary>The team, for a team-scoped lookup.</summary>
        public string? TeamName { get; }

        /// <summary>Every place that was looked at, in order, with what each answered.</summary>
        public IReadOnlyList<string> Searched { get; }

        private static string BuildMessage(AirflowSecretKind kind, string key, string? teamName, IReadOnlyList<string> searched)
        {
            string what = kind == AirflowSecretKind.Variable ? "Variable" : kind == AirflowSecretKind.Connection ? "Connection" : "Config value";
            string team = string.IsNullOrEmpty(teamName) ? string.Empty : " (team '" + teamName + "')";
            string places = searched.Count == 0 ? "no backend is configured" : string.Join("; ", searched);
            return what + " '" + key + "'" + team + " was not found. Looked in: " + places + ".";
        }
    }
}
