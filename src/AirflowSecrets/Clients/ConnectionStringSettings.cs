using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Text;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// Settings that are a connection string: Npgsql, MySqlConnector, Microsoft.Data.SqlClient, Microsoft.Data.Sqlite
    /// (quoted by <see cref="DbConnectionStringBuilder"/>'s rules, which those clients' builders share) and ODBC
    /// (OdbcHook's order, values in braces where ODBC needs them).
    /// </summary>
    public sealed class ConnectionStringSettings : AirflowClientSettings
    {
        internal ConnectionStringSettings(string? connectionId, AirflowClientKind client, IReadOnlyList<AirflowClientKeyword> keywords, IReadOnlyList<string> notes)
            : base(connectionId, client, notes)
        {
            Keywords = keywords;
        }

        /// <summary>The keywords in order, values unquoted.</summary>
        public IReadOnlyList<AirflowClientKeyword> Keywords { get; }

        /// <summary>The value of a keyword (ignoring case), or <c>null</c>.</summary>
        public string? this[string keyword]
        {
            get
            {
                foreach (AirflowClientKeyword k in Keywords)
                {
                    if (string.Equals(k.Name, keyword, StringComparison.OrdinalIgnoreCase)) return k.Value;
                }

                return null;
            }
        }

        /// <inheritdoc/>
        public override string ToConnectionString() => Render(masked: false);

        /// <inheritdoc/>
        public override string ToMaskedConnectionString() => Render(masked: true);

        private string Render(bool masked)
        {
            var text = new StringBuilder();
            foreach (AirflowClientKeyword keyword in Keywords)
            {
                string value = masked && keyword.IsSecret ? Mask : keyword.Value;
                if (Client == AirflowClientKind.Odbc)
                {
                    text.Append(keyword.Name).Append('=').Append(OdbcValue(keyword.Name, value)).Append(';');
                }
                else
                {
                    DbConnectionStringBuilder.AppendKeyValuePair(text, keyword.Name, value);
                }
            }

            return text.ToString();
        }

        private static readonly char[] OdbcSpecial = { ';', '}' };

        // OdbcHook writes values as they are; that corrupts the string when a value holds ';', '{' or '}' (or starts
        // or ends with a space). Such values are wrapped in braces, '}' doubled, as ODBC's rules allow (a deliberate
        // difference); every other value is written exactly as the hook writes it.
        internal static string OdbcValue(string name, string value)
        {
            if (string.Equals(name, "DRIVER", StringComparison.OrdinalIgnoreCase)) return "{" + value.Replace("}", "}}") + "}";
            bool needsBraces = value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' ' || value[0] == '{')
                || value.IndexOfAny(OdbcSpecial) >= 0;
            return needsBraces ? "{" + value.Replace("}", "}}") + "}" : value;
        }
    }

    /// <summary>Builds a keyword list, one name once (a later value replaces an earlier one in its place).</summary>
    internal sealed class KeywordList
    {
        private readonly List<AirflowClientKeyword> _keywords = new List<AirflowClientKeyword>();

        public void Set(string name, string value, bool secret = false)
        {
            for (int i = 0; i < _keywords.Count; i++)
            {
                if (string.Equals(_keywords[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    _keywords[i] = new AirflowClientKeyword(name, value, secret);
                    return;
                }
            }

            _keywords.Add(new AirflowClientKeyword(name, value, secret));
        }

        public void Append(string name, string value, bool secret = false) => _keywords.Add(new AirflowClientKeyword(name, value, secret));

        public bool Contains(string name) => _keywords.Exists(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

        public IReadOnlyList<AirflowClientKeyword> ToList() => _keywords.ToArray();
    }
}
