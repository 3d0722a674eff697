using System;
using System.Collections.Generic;
using AirflowSecrets.Backends;
using AirflowSecrets.Resolution;

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

    /// <summary>
    /// No backend holds a usable value for the requested variable, connection or config value: every backend answered
    /// that it does not hold it, or one failed (or was skipped as unavailable), or the values found are malformed. The
    /// message says which, and lists every place looked at.
    /// </summary>
    public sealed class AirflowSecretNotFoundException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowSecretNotFoundException(AirflowSecretKind kind, string key, string? teamName, IReadOnlyList<string> searched)
            : this(kind, key, teamName, searched, SearchedText.Classify(searched ?? throw new ArgumentNullException(nameof(searched))))
        {
        }

        private AirflowSecretNotFoundException(AirflowSecretKind kind, string key, string? teamName, IReadOnlyList<string> searched, LookupMiss miss)
            : base(BuildMessage(kind, key, teamName, searched, miss))
        {
            Kind = kind;
            Key = key;
            TeamName = teamName;
            Searched = searched;
            Unreadable = miss == LookupMiss.Failed || miss == LookupMiss.Malformed;
        }

        /// <summary>What was looked up.</summary>
        public AirflowSecretKind Kind { get; }

        /// <summary>The variable key, connection id or config key.</summary>
        public string Key { get; }

        /// <summary>The team, for a team-scoped lookup.</summary>
        public string? TeamName { get; }

        /// <summary>Every place that was looked at, in order, with what each answered.</summary>
        public IReadOnlyList<string> Searched { get; }

        /// <summary>
        /// <c>true</c> when a backend failed, was skipped as unavailable, or held a malformed value, so the key may well
        /// exist; <c>false</c> when every backend answered that it does not hold it.
        /// </summary>
        public bool Unreadable { get; }

        private static string BuildMessage(AirflowSecretKind kind, string key, string? teamName, IReadOnlyList<string> searched, LookupMiss miss)
        {
            string what = AirflowSecretKindInfo.Of(kind).Title;
            string team = string.IsNullOrEmpty(teamName) ? string.Empty : " (team '" + teamName + "')";
            string places = searched.Count == 0 ? "no backend is configured" : string.Join("; ", searched);
            return what + " '" + key + "'" + team + " " + Headline(miss) + ". Looked in: " + places + ".";
        }

        internal static string Headline(LookupMiss miss) => miss switch
        {
            LookupMiss.Failed => "could not be read",
            LookupMiss.Malformed => "has no usable value: the value found is malformed",
            _ => "was not found",
        };
    }

    /// <summary>
    /// A backend failed; the message names the backend and the cause in one line (connection refused, host not found, a
    /// TLS problem, a timeout, an HTTP status, an authentication failure), never a value. The SDK's exception is the inner one.
    /// </summary>
    public sealed class AirflowSecretsBackendException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowSecretsBackendException(string backend, BackendFailure failure, Exception? innerException = null)
            : base((backend ?? throw new ArgumentNullException(nameof(backend))) + " failed: " + (failure ?? throw new ArgumentNullException(nameof(failure))).Description + ".", innerException)
        {
            Backend = backend;
            Failure = failure;
        }

        /// <summary>The backend's name.</summary>
        public string Backend { get; }

        /// <summary>What went wrong.</summary>
        public BackendFailure Failure { get; }
    }

    /// <summary>One key of a bulk load that could not be loaded.</summary>
    public sealed class AirflowSecretLoadFailure
    {
        internal AirflowSecretLoadFailure(AirflowSecretKey key, bool unreadable, IReadOnlyList<string> searched)
        {
            Key = key;
            Unreadable = unreadable;
            Searched = searched;
        }

        /// <summary>The key.</summary>
        public AirflowSecretKey Key { get; }

        /// <summary>
        /// <c>true</c> when at least one backend failed (or held a malformed value) and none held the key, so the
        /// key may exist; <c>false</c> when every backend answered that it does not hold it.
        /// </summary>
        public bool Unreadable { get; }

        /// <summary>Every place that was looked at, in order, with what each answered.</summary>
        public IReadOnlyList<string> Searched { get; }

        /// <summary>The key and what went wrong; never a value.</summary>
        public override string ToString() =>
            Key + " " + AirflowSecretNotFoundException.Headline(Unreadable ? Miss() : LookupMiss.NotFound)
            + " (" + (Searched.Count == 0 ? "no backend is configured" : string.Join("; ", Searched)) + ")";

        private LookupMiss Miss() => SearchedText.Classify(Searched) is LookupMiss.Malformed ? LookupMiss.Malformed : LookupMiss.Failed;
    }

    /// <summary>A bulk load found some keys missing or unreadable; every one of them is listed.</summary>
    public sealed class AirflowSecretsLoadException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowSecretsLoadException(IReadOnlyList<AirflowSecretLoadFailure> failures, AirflowSecretsSnapshot loaded)
            : base(BuildMessage(failures))
        {
            Failures = failures;
            Loaded = loaded;
        }

        /// <summary>Every key that could not be loaded, in the order they were asked for.</summary>
        public IReadOnlyList<AirflowSecretLoadFailure> Failures { get; }

        /// <summary>What did load (the missing keys are listed in it as missing).</summary>
        public AirflowSecretsSnapshot Loaded { get; }

        private static string BuildMessage(IReadOnlyList<AirflowSecretLoadFailure> failures)
        {
            var lines = new List<string>(failures.Count);
            foreach (AirflowSecretLoadFailure failure in failures) lines.Add("- " + failure);
            return failures.Count + (failures.Count == 1 ? " secret" : " secrets") + " could not be loaded:" + Environment.NewLine
                + string.Join(Environment.NewLine, lines);
        }
    }
}
