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
        /// <summary>Whether the name names a credential value (by the built-in words or the project's own).</summary>
        public static bool IsCredential(Vocabulary vocabulary, string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            List<string> words = Words(name!);
            if (words.Count == 0) return false;
            if (words.Any(Vocabulary.NotTheSecretWords.Contains) || words.Any(Vocabulary.CaseWords.Contains)) return false;
            if (vocabulary.EndsWithExtraCredentialWord(words)) return true;
            string last = words[words.Count - 1];
            string previous = words.Count > 1 ? words[words.Count - 2] : string.Empty;
            if (Vocabulary.CredentialWords.Contains(last)) return true;
            // SessionStorageKey, localStorageKey: the key of an entry in a browser's or a cache's store, a name.
            if ((last == "key" || last == "keys") && previous == "storage" && words.Count > 2 && Vocabulary.ClientStores.Contains(words[words.Count - 3])) return false;
            // SiteKey, PublishableKey: public by design (the page or app gives it to every client).
            if ((last == "key" || last == "keys") && Vocabulary.PublicKeyQualifiers.Contains(previous)) return false;
            if (last == "key" || last == "keys") return Qualifies(Vocabulary.KeyQualifiers, previous);
            if (last == "token" || last == "tokens") return Qualifies(Vocabulary.TokenQualifiers, previous);
            if (last == "signature" || last == "sig") return Vocabulary.SignatureQualifiers.Contains(previous);
            if (!Vocabulary.ValueWords.Contains(last)) return false;
            for (int i = 0; i + 1 < words.Count - 1; i++)
            {
                foreach ((string first, string second) in Vocabulary.CredentialPairs)
                {
                    if (words[i] == first && words[i + 1] == second) return true;
                }
            }

            return words.Take(words.Count - 1).Any(w => w == "password" || w == "passwd" || w == "pwd" || w == "passphrase");
        }

        // api key, and rapidapi key (a lower-case header name run together: x-rapidapi-key).
        private static bool Qualifies(System.Collections.Immutable.ImmutableHashSet<string> qualifiers, string previous) =>
            qualifiers.Contains(previous) || (previous.Length > 3 && qualifiers.Contains("api") && previous.EndsWith("api", StringComparison.Ordinal));

        /// <summary>A bare <c>token</c> or <c>key</c>: a credential only when the value given to it looks random.</summary>
        public static bool IsBareTokenOrKey(Vocabulary vocabulary, string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            List<string> words = Words(name!);
            return words.Count > 0 && (words[words.Count - 1] == "token" || words[words.Count - 1] == "key")
                && !(words.Count > 1 && words[words.Count - 1] == "key" && Vocabulary.PublicKeyQualifiers.Contains(words[words.Count - 2]))
                && !words.Any(Vocabulary.NotTheSecretWords.Contains) && !words.Any(Vocabulary.CaseWords.Contains) && !IsCredential(vocabulary, name);
        }

        /// <summary>Whether a name says its value is not a credential whatever it is passed to: an id, a name, an address (<c>ClientId</c>, <c>ApiKeyHeaderName</c>).</summary>
        public static bool NamesNotACredential(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            List<string> words = Words(name!);
            return words.Count > 0 && Vocabulary.NotACredentialLastWords.Contains(words[words.Count - 1]);
        }

        /// <summary>Names of values received from outside, which a written value is checked against (<c>input == "…"</c>).</summary>
        public static bool IsInbound(string? name) => !string.IsNullOrEmpty(name) && Words(name!).Any(Vocabulary.InboundWords.Contains);

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
