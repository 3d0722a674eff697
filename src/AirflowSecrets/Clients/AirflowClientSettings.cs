using System;
using System.Collections.Generic;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// What a client needs to connect, made from an <see cref="AirflowConnection"/> the way the matching Airflow
    /// hook makes its client's parameters. <see cref="ToConnectionString"/> is the client's own text form (or, for
    /// clients without one, a documented keyword form the AirflowSecrets satellites read back);
    /// <see cref="ToString"/> and <see cref="ToMaskedConnectionString"/> hide every secret.
    /// </summary>
    public abstract class AirflowClientSettings
    {
        private protected AirflowClientSettings(string? connectionId, AirflowClientKind client, IReadOnlyList<string> notes)
        {
            ConnectionId = connectionId;
            Client = client;
            Notes = notes;
        }

        /// <summary>The connection id the settings were made from.</summary>
        public string? ConnectionId { get; }

        /// <summary>The client the settings are for.</summary>
        public AirflowClientKind Client { get; }

        /// <summary>
        /// Fields and extras the hook reads but that these settings leave out because they do not affect the
        /// connection in .NET (a row-shape <c>cursor</c>, a SQLAlchemy scheme…), by name; never a value.
        /// </summary>
        public IReadOnlyList<string> Notes { get; }

        /// <summary>The settings as one line of text in the client's own form, secrets included.</summary>
        /// <exception cref="AirflowClientSettingsException">A setting cannot be written in that form; the message names it.</exception>
        public abstract string ToConnectionString();

        /// <summary>The same text with every secret (passwords, keys, tokens, header values) replaced by <c>***</c>.</summary>
        public abstract string ToMaskedConnectionString();

        /// <summary>The masked text.</summary>
        public override string ToString()
        {
            try
            {
                return AirflowClients.Name(Client) + ": " + ToMaskedConnectionString();
            }
            catch (AirflowClientSettingsException)
            {
                return AirflowClients.Name(Client) + " settings for connection '" + ConnectionId + "'";
            }
        }

        internal const string Mask = "***";
    }

    /// <summary>One keyword of a connection string.</summary>
    public readonly struct AirflowClientKeyword : IEquatable<AirflowClientKeyword>
    {
        /// <summary>Creates a keyword.</summary>
        public AirflowClientKeyword(string name, string value, bool isSecret = false)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Value = value ?? throw new ArgumentNullException(nameof(value));
            IsSecret = isSecret;
        }

        /// <summary>The client's keyword.</summary>
        public string Name { get; }

        /// <summary>Its value, unquoted.</summary>
        public string Value { get; }

        /// <summary>Whether the value is masked in <see cref="AirflowClientSettings.ToMaskedConnectionString"/>.</summary>
        public bool IsSecret { get; }

        /// <inheritdoc/>
        public bool Equals(AirflowClientKeyword other) => Name == other.Name && Value == other.Value && IsSecret == other.IsSecret;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is AirflowClientKeyword other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ StringComparer.Ordinal.GetHashCode(Value);

        /// <summary>The keyword, its value masked when secret.</summary>
        public override string ToString() => Name + "=" + (IsSecret ? AirflowClientSettings.Mask : Value);

        /// <summary>Equality.</summary>
        public static bool operator ==(AirflowClientKeyword left, AirflowClientKeyword right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(AirflowClientKeyword left, AirflowClientKeyword right) => !left.Equals(right);
    }
}
