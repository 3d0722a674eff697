using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AirflowSecrets.Analyzers
{
    /// <summary>Values that are not secrets even where a secret would go: placeholders, dummies, names and identifiers.</summary>
    internal static class ValueFilters
    {
        /// <summary>Marks a piece of a string that is not a compile-time constant (an interpolation hole, a variable).</summary>
        public const char Hole = '\u0001';

        // The Azurite / Storage Emulator account key, published in Microsoft's documentation.
        public const string AzuriteAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

        private static readonly HashSet<string> DummyMarkers = new(StringComparer.Ordinal)
        {
            "fake", "dummy", "test", "testing", "sample", "example", "placeholder", "changeme", "replaceme", "replace", "todo", "tbd",
            "redacted", "your", "mock", "stub", "notasecret", "none", "null", "undefined", "xxx", "foo", "bar", "demo",
        };

        private static readonly Regex Guid = new(@"^[{(]?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[)}]?$", RegexOptions.CultureInvariant);
        private static readonly Regex EnvironmentVariableName = new(@"^[A-Z][A-Z0-9]*(_+[A-Z0-9]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex ConfigurationKey = new(@"^[A-Za-z][A-Za-z0-9_.\-]*(:[A-Za-z0-9_.\-]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex UriWithScheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*://", RegexOptions.CultureInvariant);
        private static readonly Regex FormatItem = new(@"^\{\d+(,[-+]?\d+)?(:[^}]*)?\}$", RegexOptions.CultureInvariant);

        /// <summary>Whether the value holds a non-constant piece.</summary>
        public static bool HasHole(string value) => value.IndexOf(Hole) >= 0;

        /// <summary>
        /// Whether a value given where a credential goes is not a usable credential: empty, non-constant, a placeholder,
        /// an obvious dummy, or a name or identifier.
        /// </summary>
        public static bool IsNotASecret(string? value)
        {
            if (value is null) return true;
            string v = value.Trim();
            if (v.Length == 0 || HasHole(v)) return true;
            if (IsPlaceholder(v)) return true;
            if (IsDummy(v)) return true;
            if (IsNameOrIdentifier(v)) return true;
            if (LooksLikePattern(v)) return true;
            return v == AzuriteAccountKey;
        }

        public static bool IsPlaceholder(string v)
        {
            if (v.Length >= 2 && v[0] == '<' && v[v.Length - 1] == '>') return true;
            if (v.StartsWith("${", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal)) return true;
            if (v.StartsWith("$(", StringComparison.Ordinal) && v.EndsWith(")", StringComparison.Ordinal)) return true;
            if (v.StartsWith("{{", StringComparison.Ordinal) || v.StartsWith("${", StringComparison.Ordinal)) return true;
            if (v.Length >= 3 && v[0] == '%' && v[v.Length - 1] == '%' && v.IndexOf(' ') < 0) return true;
            if (v.Length >= 2 && v[0] == '@' && v.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_')) return true;
            if (v.Length >= 2 && v[0] == '$' && v.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_') && char.IsLetter(v[1])) return true;
            if (v.Length >= 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal)) return true;
            if (FormatItem.IsMatch(v)) return true;
            if (v.Length >= 3 && v[0] == '{' && v[v.Length - 1] == '}' && v.Skip(1).Take(v.Length - 2).All(c => char.IsLetterOrDigit(c) || c == '_')) return true;

            // Runs of x, *, . or # (masked or elided values).
            string core = new string(v.Where(c => c != '-' && c != '_').ToArray());
            return core.Length > 0 && (core.All(c => c == 'x' || c == 'X') || core.All(c => c == '*') || core.All(c => c == '.') || core.All(c => c == '#') || core.All(c => c == '?'));
        }

        /// <summary>
        /// Words only (no digits, no symbols beyond separators), at least one of which marks a dummy:
        /// <c>fake-client-secret</c>, <c>test-secret</c>, <c>dummy</c>, <c>REPLACE_ME</c>, <c>changeme</c>, and documentation's
        /// <c>myPassword</c> / <c>yourClientSecret</c>.
        /// </summary>
        public static bool IsDummy(string v)
        {
            if (v.Any(char.IsDigit)) return IsNumberedDummy(v);
            if (!v.All(c => char.IsLetter(c) || c == '-' || c == '_' || c == ' ' || c == '.')) return false;
            List<string> words = CredentialNames.Words(v);
            if (words.Count == 0) return true;
            string joined = string.Concat(words);
            return words.Any(DummyMarkers.Contains) || DummyMarkers.Contains(joined)
                || joined.StartsWith("changeme", StringComparison.Ordinal) || joined.StartsWith("replaceme", StringComparison.Ordinal)
                || joined.StartsWith("yoursecret", StringComparison.Ordinal) || joined.StartsWith("yourpassword", StringComparison.Ordinal)
                || (words.Count >= 2 && (words[0] == "my" || words[0] == "your") && CredentialNames.IsCredential(string.Join("_", words.Skip(1))));
        }

        // fake-secret-123, dummy123, test-client-secret-1: a dummy word, then words and numbers only (no run mixing
        // letters and digits, which a chosen value such as P4ssw0rd-test has).
        private static bool IsNumberedDummy(string v)
        {
            if (!v.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) return false;
            string[] runs = v.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            bool marked = false;
            foreach (string run in runs)
            {
                string letters = run.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                if (letters.Length > 0 && letters.Any(char.IsDigit)) return false;
                marked |= DummyMarkers.Contains(letters.ToLowerInvariant());
            }

            return marked;
        }

        private static readonly char[] Separators = { '-', '_', '.' };

        /// <summary>
        /// Whether a value looks generated or chosen as a secret: password-like, not a timestamp, with a run mixing letters and digits.
        /// Used where only the value can tell (a bare <c>token</c> or <c>key</c>).
        /// </summary>
        public static bool LooksRandom(string v)
        {
            if (!LooksLikePassword(v)) return false;

            // Generated or chosen secrets mix letters and digits within a run (9s8d7f6g, St0rage); words joined with
            // numbers (created_at_2026) and timestamps (2026-11-28T12:00:00Z) do not.
            if (DateTime.IsMatch(v)) return false;
            return v.Split(NonAlphanumeric(v), StringSplitOptions.RemoveEmptyEntries)
                .Any(run => run.Length >= 3 && run.Any(char.IsDigit) && run.Any(char.IsLetter));
        }

        private static readonly Regex DateTime = new(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// At least 12 characters without spaces, letters and digits with a third kind of character (or 16 or more),
        /// and 8 distinct characters: what a chosen password or a key looks like, and words or numbers alone do not.
        /// </summary>
        public static bool LooksLikePassword(string v)
        {
            if (v.Length < 12 || v.IndexOf(' ') >= 0 || HasHole(v)) return false;
            int classes = (v.Any(char.IsUpper) ? 1 : 0) + (v.Any(char.IsLower) ? 1 : 0) + (v.Any(char.IsDigit) ? 1 : 0) + (v.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
            return v.Any(char.IsDigit) && v.Any(char.IsLetter) && (classes >= 3 || v.Length >= 16) && v.Distinct().Count() >= 8;
        }

        private static char[] NonAlphanumeric(string v) => v.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();

        /// <summary>Regular-expression or format text that describes values rather than holding one.</summary>
        public static bool LooksLikePattern(string v) =>
            v.Contains("(?<") || v.Contains("[^") || v.Contains("\\d") || v.Contains("\\w") || v.Contains("\\s") || v.Contains(".*") || v.Contains(".+");

        /// <summary>GUIDs, environment variable names, configuration keys, Airflow secret names, URLs and paths.</summary>
        public static bool IsNameOrIdentifier(string v)
        {
            if (Guid.IsMatch(v)) return true;
            if (EnvironmentVariableName.IsMatch(v)) return true;
            if (ConfigurationKey.IsMatch(v) && v.IndexOf("://", StringComparison.Ordinal) < 0 && v.Split(':').All(LooksLikeWordyName)) return true;
            if (v.StartsWith("airflow-connections-", StringComparison.Ordinal) || v.StartsWith("airflow-variables-", StringComparison.Ordinal)
                || v.StartsWith("airflow-config-", StringComparison.Ordinal)) return true;
            if (UriWithScheme.IsMatch(v)) return !v.Contains("@") && !v.Contains("sig=") && v.IndexOf(' ') < 0;
            if (v.StartsWith("/", StringComparison.Ordinal) || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("~/", StringComparison.Ordinal)
                || (v.Length > 2 && char.IsLetter(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/'))) return v.IndexOf(' ') < 0 || v.Contains("/");
            string lower = v.ToLowerInvariant();
            return (lower.EndsWith(".pfx", StringComparison.Ordinal) || lower.EndsWith(".pem", StringComparison.Ordinal) || lower.EndsWith(".p12", StringComparison.Ordinal)
                || lower.EndsWith(".json", StringComparison.Ordinal) || lower.EndsWith(".cer", StringComparison.Ordinal)) && v.IndexOf(' ') < 0;
        }

        private static bool LooksLikeWordyName(string segment) =>
            segment.Length > 0 && char.IsLetter(segment[0]) && segment.Count(char.IsDigit) <= 2;
    }
}
