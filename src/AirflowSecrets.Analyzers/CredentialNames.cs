using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// Whether a name (identifier, parameter, configuration key, environment variable, JSON property) names a credential
    /// <em>value</em>. Decided by the name's last words, so that <c>ClientSecret</c> and <c>DB_PASSWORD</c> count while
    /// <c>PasswordSecretName</c>, <c>ClientSecretEnvVar</c> and <c>passwordHash</c> do not.
    /// </summary>
    internal static class CredentialNames
    {
        // A last word that is a credential by itself.
        private static readonly HashSet<string> Alone = new(StringComparer.Ordinal)
        {
            "password", "passwd", "pwd", "passphrase", "passcode", "secret", "apikey", "accountkey", "sharedaccesskey",
            "clientsecret", "secretkey", "privatekey", "accesskey", "masterkey", "primarykey", "secondarykey", "sas",
            "sastoken", "accesstoken", "refreshtoken", "bearertoken", "authtoken", "fernetkey", "signingkey", "pass", "pw",
        };

        // Credential word pairs that make a name a credential wherever they stand, when the name ends in a word that
        // still denotes the value (ClientSecretValue, PasswordBytes, authKeyOrResourceToken).
        private static readonly string[][] Pairs =
        {
            new[] { "client", "secret" }, new[] { "account", "key" }, new[] { "auth", "key" }, new[] { "master", "key" },
            new[] { "access", "key" }, new[] { "api", "key" }, new[] { "shared", "key" }, new[] { "private", "key" },
        };

        private static readonly HashSet<string> ValueWords = new(StringComparer.Ordinal)
        {
            "value", "text", "data", "bytes", "raw", "plain", "plaintext", "hex", "base64", "b64", "token", "string", "str", "literal", "secret",
        };

        // The word before "key" or "token" that makes it a credential (api key, account key, access token...).
        private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
        {
            "api", "account", "access", "secret", "private", "shared", "master", "primary", "secondary", "signing", "fernet",
            "subscription", "storage", "encryption", "app", "function", "host", "admin", "auth",
        };

        private static readonly HashSet<string> TokenQualifiers = new(StringComparer.Ordinal)
        {
            "access", "auth", "bearer", "refresh", "api", "sas", "secret", "session", "personal", "id", "github", "bot",
        };

        public static bool IsCredential(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            List<string> words = Words(name!);
            if (words.Count == 0) return false;
            string last = words[words.Count - 1];
            string previous = words.Count > 1 ? words[words.Count - 2] : string.Empty;
            if (Alone.Contains(last)) return true;
            if (last == "key" || last == "keys") return KeyQualifiers.Contains(previous);
            if (last == "token" || last == "tokens") return TokenQualifiers.Contains(previous);
            if (last == "signature" || last == "sig") return previous == "sas" || previous == "access" || previous == "shared" || words.Count == 1;
            if (!ValueWords.Contains(last)) return false;
            for (int i = 0; i + 1 < words.Count - 1; i++)
            {
                foreach (string[] pair in Pairs)
                {
                    if (words[i] == pair[0] && words[i + 1] == pair[1]) return true;
                }
            }

            return words.Take(words.Count - 1).Any(w => w == "password" || w == "passwd" || w == "pwd" || w == "passphrase");
        }

        /// <summary>A bare <c>token</c> or <c>key</c>: a credential only when the value given to it looks random.</summary>
        public static bool IsBareTokenOrKey(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            List<string> words = Words(name!);
            return words.Count > 0 && (words[words.Count - 1] == "token" || words[words.Count - 1] == "key") && !IsCredential(name);
        }

        /// <summary>Names of values received from outside, which a written value is checked against (<c>input == "…"</c>).</summary>
        public static bool IsInbound(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            List<string> words = Words(name!);
            return words.Any(w => w == "input" || w == "provided" || w == "supplied" || w == "entered" || w == "given" || w == "candidate"
                || w == "incoming" || w == "received" || w == "attempt" || w == "guess" || w == "presented");
        }

        /// <summary>Splits <c>ClientSecret</c>, <c>client_secret</c>, <c>AZURE_CLIENT_SECRET</c>, <c>AzureAd:ClientSecret</c> into lower-case words.</summary>
        public static List<string> Words(string name)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, current);
                    continue;
                }

                bool boundary = current.Length > 0 && char.IsUpper(c)
                    && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary) Flush(words, current);
                current.Append(char.ToLowerInvariant(c));
            }

            Flush(words, current);
            return words;
        }

        private static void Flush(List<string> words, StringBuilder current)
        {
            if (current.Length == 0) return;
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
