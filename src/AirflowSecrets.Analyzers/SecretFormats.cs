using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace AirflowSecrets.Analyzers
{
    /// <summary>Literals shaped like a known secret format, wherever they stand (AFS104).</summary>
    internal static class SecretFormats
    {
        private static readonly Regex Jwt = new(@"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{10,}", RegexOptions.CultureInvariant);
        private static readonly Regex PrivateKey = new(@"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----\s*([A-Za-z0-9+/=\s]|\\n|\\r){40,}", RegexOptions.CultureInvariant);

        /// <summary>The kind of secret the value has the shape of, or <c>null</c>.</summary>
        public static string? Match(string value)
        {
            if (value.Length < 30) return null;
            if (PrivateKey.IsMatch(value)) return "a PEM private key";
            foreach (string token in Tokens(value, c => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '~'))
            {
                if (IsEntraSecret(token)) return EntraSecret;
            }

            if (Jwt.IsMatch(value) && !Vocabulary.WellKnownTokenSignatures.Any(value.Contains)) return "a JSON Web Token";
            foreach (string token in Tokens(value, c => char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                if (Prefixed(token) is string service) return service;
            }

            // Account and Service Bus keys only as the whole value: inside larger text, base64 of those lengths is far more
            // often a hash, an IV or a piece of ciphertext ("2.iv==|data==|mac="); keys inside connection strings are AFS103's.
            string whole = value.Trim();
            if (Vocabulary.WellKnownPublicValues.Contains(whole)) return null;
            if (IsBase64Key(whole, 88, "==")) return AccountKey;
            if (IsBase64Key(whole, 44, "=")) return ServiceBusKey;
            return null;
        }

        public const string EntraSecret = "an Entra ID client secret";
        public const string AccountKey = "an Azure Storage or Cosmos DB account key";
        public const string ServiceBusKey = "a Service Bus or Event Hubs key";

        /// <summary>Whether the format is one of the base64 keys, whose shape a hash or a random IV of the same length shares.</summary>
        public static bool IsBase64KeyFormat(string format) => format == AccountKey || format == ServiceBusKey;

        /// <summary>3 characters, then a version digit and <c>Q~</c> (<c>8Q~</c>, <c>7Q~</c>…), 40 characters in all, of the secret alphabet (not masked: <c>xxx8Q~xxxx…</c>).</summary>
        public static bool IsEntraSecret(string token) =>
            token.Length == 40 && token[4] == 'Q' && token[5] == '~' && char.IsDigit(token[3])
            && token.Count(char.IsLetter) >= 15 && token.Substring(6).Distinct().Count() >= 10;

        // Secrets whose issuers give them a fixed prefix (GitHub, Google, Slack, Stripe): the prefix, the length and the
        // mix of the rest together, so that prose and identifiers mentioning the prefix do not count.
        private static string? Prefixed(string token)
        {
            if (token.Length >= 40 && StartsWithAny(token, Vocabulary.GitHubPrefixes) && Mixed(token.Substring(4))) return "a GitHub token";
            if (token.Length == 39 && token.StartsWith("AIza", StringComparison.Ordinal) && Mixed(token.Substring(4))) return "a Google API key";
            if (token.Length == 35 && token.StartsWith(Vocabulary.GoogleClientSecretPrefix, StringComparison.Ordinal) && Mixed(token.Substring(7))) return "a Google OAuth client secret";
            if (token.Length >= 24 && StartsWithAny(token, Vocabulary.SlackPrefixes) && token.Count(char.IsDigit) >= 8) return "a Slack token";
            if (token.Length >= 28 && StartsWithAny(token, Vocabulary.StripePrefixes) && Mixed(token.Substring(8))) return "a Stripe secret key";
            return null;
        }

        private static bool StartsWithAny(string token, System.Collections.Immutable.ImmutableArray<string> prefixes) => prefixes.Any(p => token.StartsWith(p, StringComparison.Ordinal));

        private static bool Mixed(string body) => body.Any(char.IsDigit) && body.Any(char.IsLetter) && body.Distinct().Count() >= 12;

        private static bool IsBase64Key(string token, int length, string padding)
        {
            if (token.Length != length || !token.EndsWith(padding, StringComparison.Ordinal)) return false;
            string body = token.Substring(0, length - padding.Length);
            if (body.IndexOf('=') >= 0) return false;

            // Random key material mixes upper case, lower case and digits; words and repeated characters do not.
            return body.Any(char.IsUpper) && body.Any(char.IsLower) && body.Any(char.IsDigit) && body.Distinct().Count() >= 20;
        }

        private static System.Collections.Generic.IEnumerable<string> Tokens(string value, Func<char, bool> inToken)
        {
            int start = -1;
            for (int i = 0; i <= value.Length; i++)
            {
                bool inside = i < value.Length && inToken(value[i]);
                if (inside && start < 0) start = i;
                else if (!inside && start >= 0)
                {
                    yield return value.Substring(start, i - start);
                    start = -1;
                }
            }
        }
    }
}
