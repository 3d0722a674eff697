using System;
using System.Collections.Generic;
using System.Text;

namespace AirflowSecrets.Generators.Secrets
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
            "sastoken", "accesstoken", "refreshtoken", "bearertoken", "authtoken", "fernetkey", "signingkey",
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
            return false;
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
