using System;

namespace AirflowSecrets
{
    /// <summary>
    /// One thing to look up: a variable, a connection or a config value, by its Airflow key (and team).
    /// Used to load a known set of secrets at once with <see cref="AirflowSecretResolver.LoadAsync"/>.
    /// </summary>
    public readonly struct AirflowSecretKey : IEquatable<AirflowSecretKey>
    {
        /// <summary>Creates a key.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
        public AirflowSecretKey(AirflowSecretKind kind, string key, string? teamName = null)
        {
            Kind = kind;
            Key = key ?? throw new ArgumentNullException(nameof(key));
            TeamName = string.IsNullOrEmpty(teamName) ? null : teamName;
        }

        /// <summary>What is looked up.</summary>
        public AirflowSecretKind Kind { get; }

        /// <summary>The variable key, connection id or config key, as Airflow code spells it.</summary>
        public string Key { get; }

        /// <summary>The team of a team-scoped lookup; <c>null</c> for a global one.</summary>
        public string? TeamName { get; }

        /// <summary>A variable key.</summary>
        public static AirflowSecretKey Variable(string key, string? teamName = null) => new(AirflowSecretKind.Variable, key, teamName);

        /// <summary>A connection id.</summary>
        public static AirflowSecretKey Connection(string connId, string? teamName = null) => new(AirflowSecretKind.Connection, connId, teamName);

        /// <summary>A config key served by a secrets backend.</summary>
        public static AirflowSecretKey Config(string key) => new(AirflowSecretKind.Config, key);

        /// <inheritdoc />
        public bool Equals(AirflowSecretKey other) =>
            Kind == other.Kind && string.Equals(Key, other.Key, StringComparison.Ordinal) && string.Equals(TeamName, other.TeamName, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is AirflowSecretKey other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = (int)Kind;
                hash = (hash * 397) ^ (Key is null ? 0 : StringComparer.Ordinal.GetHashCode(Key));
                return (hash * 397) ^ (TeamName is null ? 0 : StringComparer.Ordinal.GetHashCode(TeamName));
            }
        }

        /// <summary>Equality.</summary>
        public static bool operator ==(AirflowSecretKey left, AirflowSecretKey right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(AirflowSecretKey left, AirflowSecretKey right) => !left.Equals(right);

        /// <summary>The kind and key, e.g. <c>variable 'my_var'</c>; never a value.</summary>
        public override string ToString() =>
            AirflowSecretKindInfo.Of(Kind).Name + " '" + Key + "'" + (TeamName is null ? string.Empty : " (team '" + TeamName + "')");
    }
}
