// This file is compiled into two assemblies: the AirflowSecrets runtime and the
// AirflowSecrets.Generators analyzer/generator assembly (as a linked compile item).
// Build-time checks and run-time lookups therefore use the very same naming code.
// Keep it pure: no Azure SDK types, no I/O, nothing beyond netstandard2.0.
using System;
using System.Collections.Generic;
using System.Text;

namespace AirflowSecrets
{
    /// <summary>The three kinds of lookup Airflow's secrets backends serve.</summary>
#if AIRFLOWSECRETS_ANALYZER
    internal
#else
    public
#endif
    enum AirflowSecretKind
    {
        /// <summary>An Airflow Variable (<c>Variable.get</c>).</summary>
        Variable = 0,

        /// <summary>An Airflow Connection (<c>Connection.get</c> / <c>BaseHook.get_connection</c>).</summary>
        Connection = 1,

        /// <summary>An Airflow configuration value served by a secrets backend (<c>*_secret</c> options).</summary>
        Config = 2,
    }

    /// <summary>
    /// Airflow's secret naming rules, reproduced exactly: the Azure Key Vault backend's
    /// <c>build_path</c>, prefix normalisation, team-scoped names and refusals, and the
    /// environment variables backend's <c>AIRFLOW_VAR_*</c> / <c>AIRFLOW_CONN_*</c> names.
    /// </summary>
#if AIRFLOWSECRETS_ANALYZER
    internal
#else
    public
#endif
    static class AirflowNaming
    {
        /// <summary>Airflow's default <c>connections_prefix</c>.</summary>
        public const string DefaultConnectionsPrefix = "airflow-connections";

        /// <summary>Airflow's default <c>variables_prefix</c>.</summary>
        public const string DefaultVariablesPrefix = "airflow-variables";

        /// <summary>Airflow's default <c>config_prefix</c>.</summary>
        public const string DefaultConfigPrefix = "airflow-config";

        /// <summary>Airflow's default <c>sep</c>.</summary>
        public const string DefaultSeparator = "-";

        /// <summary>The separator between a team and a secret id in Key Vault names (<c>TEAM_SEP</c>).</summary>
        public const string TeamSeparator = "--";

        /// <summary>Environment variable prefix of variables.</summary>
        public const string VariableEnvironmentPrefix = "AIRFLOW_VAR_";

        /// <summary>Environment variable prefix of connections.</summary>
        public const string ConnectionEnvironmentPrefix = "AIRFLOW_CONN_";

        /// <summary>The longest name Key Vault accepts.</summary>
        public const int MaxKeyVaultNameLength = 127;

        /// <summary>The default prefix of a lookup kind.</summary>
        public static string DefaultPrefix(AirflowSecretKind kind)
        {
            switch (kind)
            {
                case AirflowSecretKind.Variable: return DefaultVariablesPrefix;
                case AirflowSecretKind.Connection: return DefaultConnectionsPrefix;
                case AirflowSecretKind.Config: return DefaultConfigPrefix;
                default: throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        /// <summary>
        /// The backend constructor's prefix normalisation: a non-empty prefix loses every trailing
        /// character that occurs in <paramref name="separator"/> (Python's <c>str.rstrip(sep)</c>, a
        /// character-set strip, not a suffix removal); <c>null</c> (disabled) and <c>""</c> are kept.
        /// </summary>
        public static string? NormalizePrefix(string? prefix, string separator)
        {
            if (separator is null) throw new ArgumentNullException(nameof(separator));
            if (string.IsNullOrEmpty(prefix) || separator.Length == 0) return prefix;
            int end = prefix!.Length;
            while (end > 0 && separator.IndexOf(prefix[end - 1]) >= 0) end--;
            return prefix.Substring(0, end);
        }

        /// <summary>
        /// Airflow's <c>build_path</c>: <c>{prefix}{sep}{id}</c> (just <c>{id}</c> for the empty
        /// prefix), then every <c>_</c> in the whole name, prefix included, replaced by <paramref name="separator"/>.
        /// Nothing else changes: no case folding, no validation.
        /// </summary>
        public static string BuildPath(string prefix, string secretId, string separator)
        {
            if (prefix is null) throw new ArgumentNullException(nameof(prefix));
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            if (separator is null) throw new ArgumentNullException(nameof(separator));
            string path = prefix.Length == 0 ? secretId : prefix + separator + secretId;
            return path.Replace("_", separator);
        }

        /// <summary>
        /// The id part of a team-scoped Key Vault name: <c>{team}--{id}</c> with <c>_</c> replaced by the separator in both.
        /// </summary>
        public static string BuildTeamSecretId(string teamName, string secretId, string separator)
        {
            if (teamName is null) throw new ArgumentNullException(nameof(teamName));
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            return BuildPath(string.Empty, teamName, separator) + TeamSeparator + secretId.Replace("_", separator);
        }

        /// <summary>
        /// Whether the Key Vault backend refuses a global (team-less) lookup of <paramref name="secretId"/>
        /// because its name looks team-scoped: Airflow tests <c>id.replace("_", sep)</c> against the full
        /// match <c>[^&lt;sep chars&gt;]+--.+</c>. With the default separator, <c>my__key</c> is never looked up.
        /// </summary>
        public static bool IsRefusedAsTeamScoped(string secretId, string separator)
        {
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            if (separator is null) throw new ArgumentNullException(nameof(separator));
            if (separator.Length == 0)
            {
                throw new ArgumentException("The separator must not be empty.", nameof(separator));
            }

            string normalized = secretId.Replace("_", separator);
            // [^S]+ : a non-empty run free of separator characters; then "--"; then .+ : at least one
            // character and no line feed up to the end (Python's '.' does not match '\n').
            for (int i = 1; i + TeamSeparator.Length < normalized.Length; i++)
            {
                if (separator.IndexOf(normalized[i - 1]) >= 0) return false;
                if (normalized[i] == '-' && normalized[i + 1] == '-')
                {
                    int rest = i + TeamSeparator.Length;
                    if (normalized.IndexOf('\n', rest) < 0) return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The Key Vault secret names Airflow's backend requests for one lookup, in order. Empty when the
        /// kind is disabled (<paramref name="normalizedPrefix"/> is <c>null</c>) or the id is refused as team-scoped.
        /// <paramref name="normalizedPrefix"/> is the prefix after <see cref="NormalizePrefix"/>.
        /// </summary>
        public static IReadOnlyList<string> KeyVaultSecretNames(
            AirflowSecretKind kind, string? normalizedPrefix, string secretId, string separator, string? teamName = null)
        {
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            if (normalizedPrefix is null) return Array.Empty<string>();
            if (kind == AirflowSecretKind.Config)
            {
                return new[] { BuildPath(normalizedPrefix, secretId, separator) };
            }

            if (teamName is null && IsRefusedAsTeamScoped(secretId, separator))
            {
                return Array.Empty<string>();
            }

            string global = BuildPath(normalizedPrefix, secretId, separator);
            if (string.IsNullOrEmpty(teamName)) return new[] { global };
            return new[] { BuildPath(normalizedPrefix, BuildTeamSecretId(teamName!, secretId, separator), separator), global };
        }

        /// <summary>Azure's rule for secret names: 1 to 127 characters of <c>[0-9a-zA-Z-]</c>.</summary>
        public static bool IsValidKeyVaultSecretName(string? name)
        {
            if (name is null || name.Length == 0 || name.Length > MaxKeyVaultNameLength) return false;
            foreach (char c in name)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                if (!ok) return false;
            }

            return true;
        }

        /// <summary>
        /// The environment variables Airflow's environment backend reads for one lookup, in order:
        /// the team form <c>AIRFLOW_VAR__{TEAM}___{KEY}</c> first when a team is given, then the global
        /// <c>AIRFLOW_VAR_{KEY}</c> unless the id itself spells a team namespace. Config lookups read none.
        /// Upper-casing follows Python's <c>str.upper()</c> (<c>ß</c> becomes <c>SS</c>).
        /// </summary>
        public static IReadOnlyList<string> EnvironmentVariableNames(AirflowSecretKind kind, string secretId, string? teamName = null)
        {
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            string prefix;
            switch (kind)
            {
                case AirflowSecretKind.Variable: prefix = VariableEnvironmentPrefix; break;
                case AirflowSecretKind.Connection: prefix = ConnectionEnvironmentPrefix; break;
                default: return Array.Empty<string>();
            }

            var names = new List<string>(2);
            if (!string.IsNullOrEmpty(teamName))
            {
                names.Add(prefix + "_" + PythonUpper(teamName!) + "___" + PythonUpper(secretId));
            }

            if (!NamesTeamEnvironmentNamespace(secretId))
            {
                names.Add(prefix + PythonUpper(secretId));
            }

            return names;
        }

        /// <summary>
        /// Whether an id spells a team's environment namespace, <c>_{team}___{id}</c> with a team of
        /// 3 to 50 of <c>[a-zA-Z0-9-]</c>: the environment backend refuses such an id globally.
        /// </summary>
        public static bool NamesTeamEnvironmentNamespace(string secretId)
        {
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            if (secretId.Length == 0 || secretId[0] != '_') return false;
            int i = 1;
            while (i < secretId.Length && IsTeamNameChar(secretId[i])) i++;
            int teamLength = i - 1;
            if (teamLength < 3 || teamLength > 50) return false;
            if (string.CompareOrdinal(secretId, i, "___", 0, 3) != 0) return false;
            int rest = i + 3;
            return rest < secretId.Length && secretId.IndexOf('\n', rest) < 0;
        }

        private static bool IsTeamNameChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';

        /// <summary>
        /// Python's <c>str.upper()</c>: full Unicode case mapping, including the one-to-many mappings
        /// (<c>ß</c> → <c>SS</c>, <c>ﬁ</c> → <c>FI</c>) that .NET's per-character upper-casing lacks.
        /// </summary>
        public static string PythonUpper(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            bool ascii = true;
            foreach (char c in value)
            {
                if (c > 0x7F) { ascii = false; break; }
            }

            if (ascii) return value.ToUpperInvariant();

            var builder = new StringBuilder(value.Length + 4);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(value.Substring(i, 2).ToUpperInvariant());
                    i++;
                    continue;
                }

                string? special = PythonUpperSpecial(c);
                if (special != null) builder.Append(special);
                else builder.Append(char.ToUpperInvariant(c));
            }

            return builder.ToString();
        }

        // Generated by comparing Python 3.11 (Unicode 14) str.upper() with .NET's ToUpperInvariant over
        // every code point: the mappings where they differ (Python's SpecialCasing expansions and a few
        // characters .NET leaves alone). All differences lie in the Basic Multilingual Plane.
        private static string? PythonUpperSpecial(char c)
        {
            switch ((int)c)
            {
                case 0x0131: return "\u0049";
                case 0x0149: return "\u02BC\u004E";
                case 0x1E96: return "\u0048\u0331";
                case 0x1E97: return "\u0054\u0308";
                case 0x1E98: return "\u0057\u030A";
                case 0x1E99: return "\u0059\u030A";
                case 0x1E9A: return "\u0041\u02BE";
                case 0x01F0: return "\u004A\u030C";
                case 0x1F50: return "\u03A5\u0313";
                case 0x1F52: return "\u03A5\u0313\u0300";
                case 0x1F54: return "\u03A5\u0313\u0301";
                case 0x1F56: return "\u03A5\u0313\u0342";
                case 0x1F80: return "\u1F08\u0399";
                case 0x1F81: return "\u1F09\u0399";
                case 0x1F82: return "\u1F0A\u0399";
                case 0x1F83: return "\u1F0B\u0399";
                case 0x1F84: return "\u1F0C\u0399";
                case 0x1F85: return "\u1F0D\u0399";
                case 0x1F86: return "\u1F0E\u0399";
                case 0x1F87: return "\u1F0F\u0399";
                case 0x1F88: return "\u1F08\u0399";
                case 0x1F89: return "\u1F09\u0399";
                case 0x1F8A: return "\u1F0A\u0399";
                case 0x1F8B: return "\u1F0B\u0399";
                case 0x1F8C: return "\u1F0C\u0399";
                case 0x1F8D: return "\u1F0D\u0399";
                case 0x1F8E: return "\u1F0E\u0399";
                case 0x1F8F: return "\u1F0F\u0399";
                case 0x1F90: return "\u1F28\u0399";
                case 0x1F91: return "\u1F29\u0399";
                case 0x1F92: return "\u1F2A\u0399";
                case 0x1F93: return "\u1F2B\u0399";
                case 0x1F94: return "\u1F2C\u0399";
                case 0x1F95: return "\u1F2D\u0399";
                case 0x1F96: return "\u1F2E\u0399";
                case 0x1F97: return "\u1F2F\u0399";
                case 0x1F98: return "\u1F28\u0399";
                case 0x1F99: return "\u1F29\u0399";
                case 0x1F9A: return "\u1F2A\u0399";
                case 0x1F9B: return "\u1F2B\u0399";
                case 0x1F9C: return "\u1F2C\u0399";
                case 0x1F9D: return "\u1F2D\u0399";
                case 0x1F9E: return "\u1F2E\u0399";
                case 0x1F9F: return "\u1F2F\u0399";
                case 0x1FA0: return "\u1F68\u0399";
                case 0x1FA1: return "\u1F69\u0399";
                case 0x1FA2: return "\u1F6A\u0399";
                case 0x1FA3: return "\u1F6B\u0399";
                case 0x1FA4: return "\u1F6C\u0399";
                case 0x1FA5: return "\u1F6D\u0399";
                case 0x1FA6: return "\u1F6E\u0399";
                case 0x1FA7: return "\u1F6F\u0399";
                case 0x1FA8: return "\u1F68\u0399";
                case 0x1FA9: return "\u1F69\u0399";
                case 0x1FAA: return "\u1F6A\u0399";
                case 0x1FAB: return "\u1F6B\u0399";
                case 0x1FAC: return "\u1F6C\u0399";
                case 0x1FAD: return "\u1F6D\u0399";
                case 0x1FAE: return "\u1F6E\u0399";
                case 0x1FAF: return "\u1F6F\u0399";
                case 0x1FB2: return "\u1FBA\u0399";
                case 0x1FB3: return "\u0391\u0399";
                case 0x1FB4: return "\u0386\u0399";
                case 0x1FB6: return "\u0391\u0342";
                case 0x1FB7: return "\u0391\u0342\u0399";
                case 0x1FBC: return "\u0391\u0399";
                case 0x1FC2: return "\u1FCA\u0399";
                case 0x1FC3: return "\u0397\u0399";
                case 0x1FC4: return "\u0389\u0399";
                case 0x1FC6: return "\u0397\u0342";
                case 0x1FC7: return "\u0397\u0342\u0399";
                case 0x1FCC: return "\u0397\u0399";
                case 0x1FD2: return "\u0399\u0308\u0300";
                case 0x1FD3: return "\u0399\u0308\u0301";
                case 0x1FD6: return "\u0399\u0342";
                case 0x1FD7: return "\u0399\u0308\u0342";
                case 0x1FE2: return "\u03A5\u0308\u0300";
                case 0x1FE3: return "\u03A5\u0308\u0301";
                case 0x1FE4: return "\u03A1\u0313";
                case 0x1FE6: return "\u03A5\u0342";
                case 0x1FE7: return "\u03A5\u0308\u0342";
                case 0x1FF2: return "\u1FFA\u0399";
                case 0x1FF3: return "\u03A9\u0399";
                case 0x1FF4: return "\u038F\u0399";
                case 0x1FF6: return "\u03A9\u0342";
                case 0x1FF7: return "\u03A9\u0342\u0399";
                case 0x1FFC: return "\u03A9\u0399";
                case 0x0390: return "\u0399\u0308\u0301";
                case 0x03B0: return "\u03A5\u0308\u0301";
                case 0x0587: return "\u0535\u0552";
                case 0x00DF: return "\u0053\u0053";
                case 0xFB00: return "\u0046\u0046";
                case 0xFB01: return "\u0046\u0049";
                case 0xFB02: return "\u0046\u004C";
                case 0xFB03: return "\u0046\u0046\u0049";
                case 0xFB04: return "\u0046\u0046\u004C";
                case 0xFB05: return "\u0053\u0054";
                case 0xFB06: return "\u0053\u0054";
                case 0xFB13: return "\u0544\u0546";
                case 0xFB14: return "\u0544\u0535";
                case 0xFB15: return "\u0544\u053B";
                case 0xFB16: return "\u054E\u0546";
                case 0xFB17: return "\u0544\u053D";
                default: return null;
            }
        }
    }
}
