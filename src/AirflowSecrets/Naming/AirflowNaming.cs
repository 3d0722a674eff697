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
    /// What sets one kind of lookup apart, in one place: how messages name it, the <c>backend_kwargs</c> key of
    /// its prefix and Airflow's default, its environment variable prefix, whether teams apply, and the attribute
    /// the generator knows it by. Everything that depends on the kind reads it from here.
    /// </summary>
    internal sealed class AirflowSecretKindInfo
    {
        /// <summary>Variables: <c>Variable.get</c>.</summary>
        public static readonly AirflowSecretKindInfo Variable = new AirflowSecretKindInfo(
            AirflowSecretKind.Variable, "variable", "variables", "key", "variables_prefix", AirflowNaming.DefaultVariablesPrefix,
            AirflowNaming.VariableEnvironmentPrefix, "AirflowSecrets.AirflowVariableAttribute");

        /// <summary>Connections: <c>Connection.get</c> / <c>BaseHook.get_connection</c>.</summary>
        public static readonly AirflowSecretKindInfo Connection = new AirflowSecretKindInfo(
            AirflowSecretKind.Connection, "connection", "connections", "id", "connections_prefix", AirflowNaming.DefaultConnectionsPrefix,
            AirflowNaming.ConnectionEnvironmentPrefix, "AirflowSecrets.AirflowConnectionAttribute");

        /// <summary>Config values served by a secrets backend: no teams, no environment variables.</summary>
        public static readonly AirflowSecretKindInfo Config = new AirflowSecretKindInfo(
            AirflowSecretKind.Config, "config value", "config values", "key", "config_prefix", AirflowNaming.DefaultConfigPrefix,
            environmentPrefix: null, "AirflowSecrets.AirflowConfigAttribute");

        private static readonly AirflowSecretKindInfo[] ByKind = { Variable, Connection, Config };

        private AirflowSecretKindInfo(
            AirflowSecretKind kind, string name, string plural, string keyWord, string prefixKwarg, string defaultPrefix,
            string? environmentPrefix, string attributeMetadataName)
        {
            Kind = kind;
            Name = name;
            Title = char.ToUpperInvariant(name[0]) + name.Substring(1);
            Plural = plural;
            KeyWord = keyWord;
            PrefixKwarg = prefixKwarg;
            DefaultPrefix = defaultPrefix;
            EnvironmentPrefix = environmentPrefix;
            AttributeMetadataName = attributeMetadataName;
        }

        /// <summary>Every kind, in the enum's order.</summary>
        public static IReadOnlyList<AirflowSecretKindInfo> All => ByKind;

        public AirflowSecretKind Kind { get; }

        /// <summary>The kind in a sentence: <c>variable</c>, <c>connection</c>, <c>config value</c>.</summary>
        public string Name { get; }

        /// <summary>The kind at the start of a sentence: <c>Variable</c>, <c>Connection</c>, <c>Config value</c>.</summary>
        public string Title { get; }

        /// <summary><c>variables</c>, <c>connections</c>, <c>config values</c>.</summary>
        public string Plural { get; }

        /// <summary>What the kind's key is called: a variable <c>key</c>, a connection <c>id</c>, a config <c>key</c>.</summary>
        public string KeyWord { get; }

        /// <summary>The <c>backend_kwargs</c> key that holds the kind's prefix: <c>variables_prefix</c>, ….</summary>
        public string PrefixKwarg { get; }

        /// <summary>Airflow's default for that prefix: <c>airflow-variables</c>, ….</summary>
        public string DefaultPrefix { get; }

        /// <summary>The environment backend's prefix (<c>AIRFLOW_VAR_</c>, <c>AIRFLOW_CONN_</c>); <c>null</c>: it serves no such values.</summary>
        public string? EnvironmentPrefix { get; }

        /// <summary>Whether team-scoped names and the team-scoped refusal apply (not to config values).</summary>
        public bool HasTeams => Kind != AirflowSecretKind.Config;

        /// <summary>The metadata name of the attribute that declares such a secret.</summary>
        public string AttributeMetadataName { get; }

        /// <summary>The descriptor of a kind.</summary>
        public static AirflowSecretKindInfo Of(AirflowSecretKind kind)
        {
            int index = (int)kind;
            if (index < 0 || index >= ByKind.Length) throw new ArgumentOutOfRangeException(nameof(kind));
            return ByKind[index];
        }

        /// <summary>The one of three per-kind values (settings, prefixes) that belongs to <paramref name="kind"/>.</summary>
        public static T Choose<T>(AirflowSecretKind kind, T variable, T connection, T config)
        {
            switch (Of(kind).Kind)
            {
                case AirflowSecretKind.Variable: return variable;
                case AirflowSecretKind.Connection: return connection;
                default: return config;
            }
        }
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
        public static string DefaultPrefix(AirflowSecretKind kind) => AirflowSecretKindInfo.Of(kind).DefaultPrefix;

        /// <summary>
        /// The backend constructor's prefix normalisation: a non-empty prefix loses every trailing
        /// character that occurs in <paramref name="separator"/> (Python's <c>str.rstrip(sep)</c>, a
        /// character-set strip, not a suffix removal); <c>null</c> (disabled) and <c>""</c> are kept.
        /// </summary>
        public static string? NormalizePrefix(string? prefix, string separator)
        {
            if (separator is null) throw new ArgumentNullException(nameof(separator));
            if (string.IsNullOrEmpty(prefix) || separator.Length == 0) return prefix;
            // Python strips code points: a surrogate pair is one character, never split in half.
            int end = prefix!.Length;
            while (end > 0)
            {
                int codePoint = PythonText.CodePointBefore(prefix, end, out int length);
                if (!PythonText.ContainsCodePoint(separator, codePoint)) break;
                end -= length;
            }

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
        internal static string BuildTeamSecretId(string teamName, string secretId, string separator)
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
        internal static bool IsRefusedAsTeamScoped(string secretId, string separator)
        {
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            if (separator is null) throw new ArgumentNullException(nameof(separator));
            if (separator.Length == 0)
            {
                throw new ArgumentException("The separator must not be empty.", nameof(separator));
            }

            string normalized = secretId.Replace("_", separator);
            // [^S]+ : a non-empty run of code points none of which occurs in the separator; then "--";
            // then .+ : at least one code point and no line feed up to the end (Python's '.' does not
            // match '\n'). Python's re works on code points, so a surrogate pair is one character.
            int i = 0;
            while (i < normalized.Length)
            {
                int codePoint = PythonText.CodePointAt(normalized, i, out int length);
                if (PythonText.ContainsCodePoint(separator, codePoint)) return false;
                i += length;
                int rest = i + TeamSeparator.Length;
                if (rest < normalized.Length && string.CompareOrdinal(normalized, i, TeamSeparator, 0, TeamSeparator.Length) == 0
                    && normalized.IndexOf('\n', rest) < 0)
                {
                    return true;
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
            if (!AirflowSecretKindInfo.Of(kind).HasTeams)
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
        /// Whether a Key Vault request can name the secret at all: <c>""</c>, <c>"."</c> and <c>".."</c> cannot be a
        /// URL path segment (the empty name, and the dot segments every HTTP client resolves away, which would send
        /// the request to the vault's list endpoint or outside <c>/secrets/</c>). Such names are never requested:
        /// no secret can have them, so the lookup finds nothing there.
        /// </summary>
        internal static bool CanAddressKeyVaultSecret(string name) => name is not (null or "" or "." or "..");

        /// <summary>
        /// The environment variables Airflow's environment backend reads for one lookup, in order:
        /// the team form <c>AIRFLOW_VAR__{TEAM}___{KEY}</c> first when a team is given, then the global
        /// <c>AIRFLOW_VAR_{KEY}</c> unless the id itself spells a team namespace. Config lookups read none.
        /// Upper-casing follows Python's <c>str.upper()</c> (<c>ß</c> becomes <c>SS</c>).
        /// </summary>
        public static IReadOnlyList<string> EnvironmentVariableNames(AirflowSecretKind kind, string secretId, string? teamName = null)
        {
            if (secretId is null) throw new ArgumentNullException(nameof(secretId));
            string? prefix = AirflowSecretKindInfo.Of(kind).EnvironmentPrefix;
            if (prefix is null) return Array.Empty<string>();

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
        internal static bool NamesTeamEnvironmentNamespace(string secretId)
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
        /// (<c>ß</c> → <c>SS</c>, <c>ﬁ</c> → <c>FI</c>) that .NET's per-character upper-casing lacks,
        /// from CPython 3.11's tables (Unicode 14) whatever Unicode version .NET carries.
        /// </summary>
        internal static string PythonUpper(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            return PythonText.Upper(value);
        }
    }

    /// <summary>
    /// Python's view of a string, for the naming rules: a string is a sequence of code points (a surrogate
    /// pair is one, a lone surrogate is one of its own), and <c>str.upper()</c> maps code points with
    /// CPython 3.11's tables (Unicode 14), whatever Unicode version the .NET runtime or ICU carries.
    /// </summary>
    internal static class PythonText
    {
        /// <summary>The code point that starts at <paramref name="index"/>, and how many UTF-16 units it takes.</summary>
        internal static int CodePointAt(string s, int index, out int length)
        {
            char c = s[index];
            if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
            {
                length = 2;
                return char.ConvertToUtf32(c, s[index + 1]);
            }

            length = 1;
            return c;
        }

        /// <summary>The code point that ends just before <paramref name="end"/>, and how many UTF-16 units it takes.</summary>
        internal static int CodePointBefore(string s, int end, out int length)
        {
            char c = s[end - 1];
            if (char.IsLowSurrogate(c) && end >= 2 && char.IsHighSurrogate(s[end - 2]))
            {
                length = 2;
                return char.ConvertToUtf32(s[end - 2], c);
            }

            length = 1;
            return c;
        }

        /// <summary>Python's <c>chr(cp) in s</c>: whether <paramref name="s"/> holds the code point.</summary>
        internal static bool ContainsCodePoint(string s, int codePoint)
        {
            for (int i = 0; i < s.Length;)
            {
                if (CodePointAt(s, i, out int length) == codePoint) return true;
                i += length;
            }

            return false;
        }

        internal static void AppendCodePoint(StringBuilder builder, int codePoint)
        {
            if (codePoint < 0x10000) builder.Append((char)codePoint);
            else builder.Append(char.ConvertFromUtf32(codePoint));
        }

        /// <summary>Python's <c>str.upper()</c>: full case mapping (<c>ß</c> becomes <c>SS</c>).</summary>
        internal static string Upper(string value)
        {
            bool ascii = true;
            foreach (char c in value)
            {
                if (c > 0x7F) { ascii = false; break; }
            }

            if (ascii) return value.ToUpperInvariant();
            var builder = new StringBuilder(value.Length + 4);
            for (int i = 0; i < value.Length;)
            {
                int codePoint = CodePointAt(value, i, out int length);
                i += length;
                AppendMapped(builder, codePoint, UpperRuns, UpperMultiKeys, UpperMultiValues);
            }

            return builder.ToString();
        }

        /// <summary>Appends the case mapping of one code point from a generated table.</summary>
        internal static void AppendMapped(StringBuilder builder, int codePoint, int[] runs, int[] multiKeys, string[] multiValues)
        {
            int multi = Array.BinarySearch(multiKeys, codePoint);
            if (multi >= 0)
            {
                builder.Append(multiValues[multi]);
                return;
            }

            AppendCodePoint(builder, MapSingle(codePoint, runs));
        }

        // runs holds (first, count, step, delta) quadruples sorted by first code point.
        private static int MapSingle(int codePoint, int[] runs)
        {
            int lo = 0;
            int hi = runs.Length / 4 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int first = runs[mid * 4];
                if (first > codePoint)
                {
                    hi = mid - 1;
                    continue;
                }

                int step = runs[mid * 4 + 2];
                int last = first + (runs[mid * 4 + 1] - 1) * step;
                if (codePoint > last)
                {
                    lo = mid + 1;
                    continue;
                }

                return (codePoint - first) % step == 0 ? codePoint + runs[mid * 4 + 3] : codePoint;
            }

            return codePoint;
        }

        // BEGIN GENERATED by Python/generate_unicode_tables.py
        // Python 3.11.7, Unicode 14.0.0.
        // Upper: runs of (first code point, count, step, delta), then the one-to-many mappings.
        internal static readonly int[] UpperRuns =
        {
            0x61, 0x1A, 0x1, -0x20, 0xB5, 0x1, 0x1, 0x2E7,
            0xE0, 0x17, 0x1, -0x20, 0xF8, 0x7, 0x1, -0x20,
            0xFF, 0x1, 0x1, 0x79, 0x101, 0x18, 0x2, -0x1,
            0x131, 0x1, 0x1, -0xE8, 0x133, 0x3, 0x2, -0x1,
            0x13A, 0x8, 0x2, -0x1, 0x14B, 0x17, 0x2, -0x1,
            0x17A, 0x3, 0x2, -0x1, 0x17F, 0x1, 0x1, -0x12C,
            0x180, 0x1, 0x1, 0xC3, 0x183, 0x2, 0x2, -0x1,
            0x188, 0x1, 0x1, -0x1, 0x18C, 0x1, 0x1, -0x1,
            0x192, 0x1, 0x1, -0x1, 0x195, 0x1, 0x1, 0x61,
            0x199, 0x1, 0x1, -0x1, 0x19A, 0x1, 0x1, 0xA3,
            0x19E, 0x1, 0x1, 0x82, 0x1A1, 0x3, 0x2, -0x1,
            0x1A8, 0x1, 0x1, -0x1, 0x1AD, 0x1, 0x1, -0x1,
            0x1B0, 0x1, 0x1, -0x1, 0x1B4, 0x2, 0x2, -0x1,
            0x1B9, 0x1, 0x1, -0x1, 0x1BD, 0x1, 0x1, -0x1,
            0x1BF, 0x1, 0x1, 0x38, 0x1C5, 0x1, 0x1, -0x1,
            0x1C6, 0x1, 0x1, -0x2, 0x1C8, 0x1, 0x1, -0x1,
            0x1C9, 0x1, 0x1, -0x2, 0x1CB, 0x1, 0x1, -0x1,
            0x1CC, 0x1, 0x1, -0x2, 0x1CE, 0x8, 0x2, -0x1,
            0x1DD, 0x1, 0x1, -0x4F, 0x1DF, 0x9, 0x2, -0x1,
            0x1F2, 0x1, 0x1, -0x1, 0x1F3, 0x1, 0x1, -0x2,
            0x1F5, 0x1, 0x1, -0x1, 0x1F9, 0x14, 0x2, -0x1,
            0x223, 0x9, 0x2, -0x1, 0x23C, 0x1, 0x1, -0x1,
            0x23F, 0x2, 0x1, 0x2A3F, 0x242, 0x1, 0x1, -0x1,
            0x247, 0x5, 0x2, -0x1, 0x250, 0x1, 0x1, 0x2A1F,
            0x251, 0x1, 0x1, 0x2A1C, 0x252, 0x1, 0x1, 0x2A1E,
            0x253, 0x1, 0x1, -0xD2, 0x254, 0x1, 0x1, -0xCE,
            0x256, 0x2, 0x1, -0xCD, 0x259, 0x1, 0x1, -0xCA,
            0x25B, 0x1, 0x1, -0xCB, 0x25C, 0x1, 0x1, 0xA54F,
            0x260, 0x1, 0x1, -0xCD, 0x261, 0x1, 0x1, 0xA54B,
            0x263, 0x1, 0x1, -0xCF, 0x265, 0x1, 0x1, 0xA528,
            0x266, 0x1, 0x1, 0xA544, 0x268, 0x1, 0x1, -0xD1,
            0x269, 0x1, 0x1, -0xD3, 0x26A, 0x1, 0x1, 0xA544,
            0x26B, 0x1, 0x1, 0x29F7, 0x26C, 0x1, 0x1, 0xA541,
            0x26F, 0x1, 0x1, -0xD3, 0x271, 0x1, 0x1, 0x29FD,
            0x272, 0x1, 0x1, -0xD5, 0x275, 0x1, 0x1, -0xD6,
            0x27D, 0x1, 0x1, 0x29E7, 0x280, 0x1, 0x1, -0xDA,
            0x282, 0x1, 0x1, 0xA543, 0x283, 0x1, 0x1, -0xDA,
            0x287, 0x1, 0x1, 0xA52A, 0x288, 0x1, 0x1, -0xDA,
            0x289, 0x1, 0x1, -0x45, 0x28A, 0x2, 0x1, -0xD9,
            0x28C, 0x1, 0x1, -0x47, 0x292, 0x1, 0x1, -0xDB,
            0x29D, 0x1, 0x1, 0xA515, 0x29E, 0x1, 0x1, 0xA512,
            0x345, 0x1, 0x1, 0x54, 0x371, 0x2, 0x2, -0x1,
            0x377, 0x1, 0x1, -0x1, 0x37B, 0x3, 0x1, 0x82,
            0x3AC, 0x1, 0x1, -0x26, 0x3AD, 0x3, 0x1, -0x25,
            0x3B1, 0x11, 0x1, -0x20, 0x3C2, 0x1, 0x1, -0x1F,
            0x3C3, 0x9, 0x1, -0x20, 0x3CC, 0x1, 0x1, -0x40,
            0x3CD, 0x2, 0x1, -0x3F, 0x3D0, 0x1, 0x1, -0x3E,
            0x3D1, 0x1, 0x1, -0x39, 0x3D5, 0x1, 0x1, -0x2F,
            0x3D6, 0x1, 0x1, -0x36, 0x3D7, 0x1, 0x1, -0x8,
            0x3D9, 0xC, 0x2, -0x1, 0x3F0, 0x1, 0x1, -0x56,
            0x3F1, 0x1, 0x1, -0x50, 0x3F2, 0x1, 0x1, 0x7,
            0x3F3, 0x1, 0x1, -0x74, 0x3F5, 0x1, 0x1, -0x60,
            0x3F8, 0x1, 0x1, -0x1, 0x3FB, 0x1, 0x1, -0x1,
            0x430, 0x20, 0x1, -0x20, 0x450, 0x10, 0x1, -0x50,
            0x461, 0x11, 0x2, -0x1, 0x48B, 0x1B, 0x2, -0x1,
            0x4C2, 0x7, 0x2, -0x1, 0x4CF, 0x1, 0x1, -0xF,
            0x4D1, 0x30, 0x2, -0x1, 0x561, 0x26, 0x1, -0x30,
            0x10D0, 0x2B, 0x1, 0xBC0, 0x10FD, 0x3, 0x1, 0xBC0,
            0x13F8, 0x6, 0x1, -0x8, 0x1C80, 0x1, 0x1, -0x186E,
            0x1C81, 0x1, 0x1, -0x186D, 0x1C82, 0x1, 0x1, -0x1864,
            0x1C83, 0x2, 0x1, -0x1862, 0x1C85, 0x1, 0x1, -0x1863,
            0x1C86, 0x1, 0x1, -0x185C, 0x1C87, 0x1, 0x1, -0x1825,
            0x1C88, 0x1, 0x1, 0x89C2, 0x1D79, 0x1, 0x1, 0x8A04,
            0x1D7D, 0x1, 0x1, 0xEE6, 0x1D8E, 0x1, 0x1, 0x8A38,
            0x1E01, 0x4B, 0x2, -0x1, 0x1E9B, 0x1, 0x1, -0x3B,
            0x1EA1, 0x30, 0x2, -0x1, 0x1F00, 0x8, 0x1, 0x8,
            0x1F10, 0x6, 0x1, 0x8, 0x1F20, 0x8, 0x1, 0x8,
            0x1F30, 0x8, 0x1, 0x8, 0x1F40, 0x6, 0x1, 0x8,
            0x1F51, 0x4, 0x2, 0x8, 0x1F60, 0x8, 0x1, 0x8,
            0x1F70, 0x2, 0x1, 0x4A, 0x1F72, 0x4, 0x1, 0x56,
            0x1F76, 0x2, 0x1, 0x64, 0x1F78, 0x2, 0x1, 0x80,
            0x1F7A, 0x2, 0x1, 0x70, 0x1F7C, 0x2, 0x1, 0x7E,
            0x1FB0, 0x2, 0x1, 0x8, 0x1FBE, 0x1, 0x1, -0x1C25,
            0x1FD0, 0x2, 0x1, 0x8, 0x1FE0, 0x2, 0x1, 0x8,
            0x1FE5, 0x1, 0x1, 0x7, 0x214E, 0x1, 0x1, -0x1C,
            0x2170, 0x10, 0x1, -0x10, 0x2184, 0x1, 0x1, -0x1,
            0x24D0, 0x1A, 0x1, -0x1A, 0x2C30, 0x30, 0x1, -0x30,
            0x2C61, 0x1, 0x1, -0x1, 0x2C65, 0x1, 0x1, -0x2A2B,
            0x2C66, 0x1, 0x1, -0x2A28, 0x2C68, 0x3, 0x2, -0x1,
            0x2C73, 0x1, 0x1, -0x1, 0x2C76, 0x1, 0x1, -0x1,
            0x2C81, 0x32, 0x2, -0x1, 0x2CEC, 0x2, 0x2, -0x1,
            0x2CF3, 0x1, 0x1, -0x1, 0x2D00, 0x26, 0x1, -0x1C60,
            0x2D27, 0x1, 0x1, -0x1C60, 0x2D2D, 0x1, 0x1, -0x1C60,
            0xA641, 0x17, 0x2, -0x1, 0xA681, 0xE, 0x2, -0x1,
            0xA723, 0x7, 0x2, -0x1, 0xA733, 0x1F, 0x2, -0x1,
            0xA77A, 0x2, 0x2, -0x1, 0xA77F, 0x5, 0x2, -0x1,
            0xA78C, 0x1, 0x1, -0x1, 0xA791, 0x2, 0x2, -0x1,
            0xA794, 0x1, 0x1, 0x30, 0xA797, 0xA, 0x2, -0x1,
            0xA7B5, 0x8, 0x2, -0x1, 0xA7C8, 0x2, 0x2, -0x1,
            0xA7D1, 0x1, 0x1, -0x1, 0xA7D7, 0x2, 0x2, -0x1,
            0xA7F6, 0x1, 0x1, -0x1, 0xAB53, 0x1, 0x1, -0x3A0,
            0xAB70, 0x50, 0x1, -0x97D0, 0xFF41, 0x1A, 0x1, -0x20,
            0x10428, 0x28, 0x1, -0x28, 0x104D8, 0x24, 0x1, -0x28,
            0x10597, 0xB, 0x1, -0x27, 0x105A3, 0xF, 0x1, -0x27,
            0x105B3, 0x7, 0x1, -0x27, 0x105BB, 0x2, 0x1, -0x27,
            0x10CC0, 0x33, 0x1, -0x40, 0x118C0, 0x20, 0x1, -0x20,
            0x16E60, 0x20, 0x1, -0x20, 0x1E922, 0x22, 0x1, -0x22,
        };

        internal static readonly int[] UpperMultiKeys =
        {
            0xDF, 0x149, 0x1F0, 0x390, 0x3B0, 0x587, 0x1E96, 0x1E97,
            0x1E98, 0x1E99, 0x1E9A, 0x1F50, 0x1F52, 0x1F54, 0x1F56, 0x1F80,
            0x1F81, 0x1F82, 0x1F83, 0x1F84, 0x1F85, 0x1F86, 0x1F87, 0x1F88,
            0x1F89, 0x1F8A, 0x1F8B, 0x1F8C, 0x1F8D, 0x1F8E, 0x1F8F, 0x1F90,
            0x1F91, 0x1F92, 0x1F93, 0x1F94, 0x1F95, 0x1F96, 0x1F97, 0x1F98,
            0x1F99, 0x1F9A, 0x1F9B, 0x1F9C, 0x1F9D, 0x1F9E, 0x1F9F, 0x1FA0,
            0x1FA1, 0x1FA2, 0x1FA3, 0x1FA4, 0x1FA5, 0x1FA6, 0x1FA7, 0x1FA8,
            0x1FA9, 0x1FAA, 0x1FAB, 0x1FAC, 0x1FAD, 0x1FAE, 0x1FAF, 0x1FB2,
            0x1FB3, 0x1FB4, 0x1FB6, 0x1FB7, 0x1FBC, 0x1FC2, 0x1FC3, 0x1FC4,
            0x1FC6, 0x1FC7, 0x1FCC, 0x1FD2, 0x1FD3, 0x1FD6, 0x1FD7, 0x1FE2,
            0x1FE3, 0x1FE4, 0x1FE6, 0x1FE7, 0x1FF2, 0x1FF3, 0x1FF4, 0x1FF6,
            0x1FF7, 0x1FFC, 0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05,
            0xFB06, 0xFB13, 0xFB14, 0xFB15, 0xFB16, 0xFB17,
        };

        internal static readonly string[] UpperMultiValues =
        {
            "\u0053\u0053", "\u02BC\u004E", "\u004A\u030C", "\u0399\u0308\u0301", "\u03A5\u0308\u0301", "\u0535\u0552",
            "\u0048\u0331", "\u0054\u0308", "\u0057\u030A", "\u0059\u030A", "\u0041\u02BE", "\u03A5\u0313",
            "\u03A5\u0313\u0300", "\u03A5\u0313\u0301", "\u03A5\u0313\u0342", "\u1F08\u0399", "\u1F09\u0399", "\u1F0A\u0399",
            "\u1F0B\u0399", "\u1F0C\u0399", "\u1F0D\u0399", "\u1F0E\u0399", "\u1F0F\u0399", "\u1F08\u0399",
            "\u1F09\u0399", "\u1F0A\u0399", "\u1F0B\u0399", "\u1F0C\u0399", "\u1F0D\u0399", "\u1F0E\u0399",
            "\u1F0F\u0399", "\u1F28\u0399", "\u1F29\u0399", "\u1F2A\u0399", "\u1F2B\u0399", "\u1F2C\u0399",
            "\u1F2D\u0399", "\u1F2E\u0399", "\u1F2F\u0399", "\u1F28\u0399", "\u1F29\u0399", "\u1F2A\u0399",
            "\u1F2B\u0399", "\u1F2C\u0399", "\u1F2D\u0399", "\u1F2E\u0399", "\u1F2F\u0399", "\u1F68\u0399",
            "\u1F69\u0399", "\u1F6A\u0399", "\u1F6B\u0399", "\u1F6C\u0399", "\u1F6D\u0399", "\u1F6E\u0399",
            "\u1F6F\u0399", "\u1F68\u0399", "\u1F69\u0399", "\u1F6A\u0399", "\u1F6B\u0399", "\u1F6C\u0399",
            "\u1F6D\u0399", "\u1F6E\u0399", "\u1F6F\u0399", "\u1FBA\u0399", "\u0391\u0399", "\u0386\u0399",
            "\u0391\u0342", "\u0391\u0342\u0399", "\u0391\u0399", "\u1FCA\u0399", "\u0397\u0399", "\u0389\u0399",
            "\u0397\u0342", "\u0397\u0342\u0399", "\u0397\u0399", "\u0399\u0308\u0300", "\u0399\u0308\u0301", "\u0399\u0342",
            "\u0399\u0308\u0342", "\u03A5\u0308\u0300", "\u03A5\u0308\u0301", "\u03A1\u0313", "\u03A5\u0342", "\u03A5\u0308\u0342",
            "\u1FFA\u0399", "\u03A9\u0399", "\u038F\u0399", "\u03A9\u0342", "\u03A9\u0342\u0399", "\u03A9\u0399",
            "\u0046\u0046", "\u0046\u0049", "\u0046\u004C", "\u0046\u0046\u0049", "\u0046\u0046\u004C", "\u0053\u0054",
            "\u0053\u0054", "\u0544\u0546", "\u0544\u0535", "\u0544\u053B", "\u054E\u0546", "\u0544\u053D",
        };
        // END GENERATED
    }
}
