using System;
using System.Collections.Generic;
using System.Linq;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// Connection strings, URIs, query strings and JSON that carry a credential inline (AFS103). Each format is parsed
    /// as what it is: key/value pairs, URI user-info, query parameters, JSON properties. No keyword search over the text.
    /// </summary>
    internal static class EmbeddedCredentials
    {
        private static readonly char[] PathStart = { '/', '?' };

        /// <summary>What kind of inline credential the text carries (e.g. "a connection string with an inline Password"), or <c>null</c>.</summary>
        public static string? Match(Vocabulary vocabulary, string text)
        {
            string trimmed = text.Trim();
            if (trimmed.Length < 6) return null;
            if (trimmed[0] == '{' || trimmed[0] == '[')
            {
                MiniJson.Node? json = MiniJson.Parse(trimmed);
                return json is null ? null : Json(vocabulary, json, depth: 0);
            }

            return Uri(vocabulary, trimmed) ?? ConnectionString(vocabulary, trimmed) ?? Query(vocabulary, trimmed) ?? Lines(vocabulary, trimmed);
        }

        // Text of several lines (.env, YAML, INI): each line's value, after '=' or ': ', is judged on its own.
        private static string? Lines(Vocabulary vocabulary, string text)
        {
            if (text.IndexOf('\n') < 0) return null;
            foreach (string raw in text.Split('\n'))
            {
                string line = raw.Trim();
                if (line.Length < 6 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                // key=value or key: value, whichever separator comes first.
                int equals = line.IndexOf('=');
                int colon = line.IndexOf(": ", StringComparison.Ordinal);
                int keyEnd = equals > 0 && (colon < 0 || equals < colon) ? equals : colon;
                int split = keyEnd > 0 ? keyEnd + (keyEnd == equals ? 1 : 2) : -1;
                string value = split > 0 ? line.Substring(split).Trim().Trim('"', '\'') : line;
                if (value.Length < 6 || value.IndexOf('\n') >= 0) continue;
                string? found = Uri(vocabulary, value) ?? ConnectionString(vocabulary, value);
                if (found != null) return found;

                // password: …, - AZURE_CLIENT_SECRET=…, AIRFLOW__CORE__FERNET_KEY: "…" (YAML, compose files). A line
                // NAME=value of its own (.env, INI, shell) is an assignment of the variable: AFS102's, in SecretEntries.
                if (keyEnd == equals && char.IsLetter(line[0])) continue;
                string key = split > 0 ? line.Substring(0, keyEnd).Trim().Trim('"', '\'', '-', ' ') : string.Empty;
                if (key.Length > 0 && key.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':') && SecretEntries.IsSecret(vocabulary, key) && !ValueFilters.IsNotASecret(vocabulary, value))
                {
                    return "text (YAML, INI or similar) with an inline " + key;
                }
            }

            return null;
        }

        /// <summary><c>scheme://user:password@host</c>, and SAS <c>sig=</c> or a password in a URI's query.</summary>
        private static string? Uri(Vocabulary vocabulary, string text)
        {
            int scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0 || !text.Substring(0, scheme).All(c => char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return null;

            // file:// has no user information (file://C:\backup@daily is a path).
            if (text.Substring(0, scheme).Equals("file", StringComparison.OrdinalIgnoreCase)) return null;
            int authorityStart = scheme + 3;
            // The authority ends at the first '/' or '?'; a '#' ends it too unless an '@' follows before them (a '#' in
            // the password, which a URI should escape and hand-written ones do not: user:kGYL3#bR@host).
            int pathStart = text.IndexOfAny(PathStart, authorityStart);
            string upToPath = pathStart < 0 ? text.Substring(authorityStart) : text.Substring(authorityStart, pathStart - authorityStart);
            int hash = upToPath.IndexOf('#');
            string authority = hash >= 0 && upToPath.IndexOf('@', hash) < 0 ? upToPath.Substring(0, hash) : upToPath;
            int at = authority.LastIndexOf('@');
            if (at > 0)
            {
                string userInfo = authority.Substring(0, at);
                int colon = userInfo.IndexOf(':');
                if (colon >= 0)
                {
                    string password = Unescape(userInfo.Substring(colon + 1));
                    if (!ValueFilters.IsNotASecret(vocabulary, password) && !IsTemplateUserInfo(userInfo) && !SameWords(password, userInfo.Substring(0, colon))) return "a URI with an inline password (" + text.Substring(0, scheme) + "://user:password@…)";
                }
            }

            int question = text.IndexOf('?', authorityStart);
            if (question >= 0)
            {
                string? query = Query(vocabulary, text.Substring(question));
                if (query != null) return query;
            }

            return null;
        }

        // scheme://user:password@host, as documentation writes the form (a weak password elsewhere still counts).
        private static bool IsTemplateUserInfo(string userInfo) =>
            userInfo.Equals("user:password", StringComparison.OrdinalIgnoreCase) || userInfo.Equals("username:password", StringComparison.OrdinalIgnoreCase)
            || userInfo.Equals("login:password", StringComparison.OrdinalIgnoreCase);

        /// <summary><c>Key=Value;…</c> (ADO.NET, Azure Storage, Service Bus, App Configuration) and StackExchange.Redis' <c>host,password=…</c>.</summary>
        private static string? ConnectionString(Vocabulary vocabulary, string text)
        {
            // ';' (ADO.NET, Azure), ',' (StackExchange.Redis), or spaces between several key=value pairs (libpq:
            // host=db user=etl password=…; also log templates such as password={Password} api_key={ApiKey}).
            char separator = text.IndexOf(';') >= 0 ? ';' : text.IndexOf(',') >= 0 ? ',' : IsSpaceSeparated(text) ? ' ' : ';';
            List<KeyValuePair<string, string>> pairs = Pairs(text, separator).ToList();
            string? user = UserOf(pairs);
            foreach (KeyValuePair<string, string> pair in pairs)
            {
                string key = new string(pair.Key.Where(c => c != ' ' && c != '_').ToArray());
                if (!Vocabulary.ConnectionStringKeys.Contains(key)) continue;
                string value = pair.Value;
                if (key.Equals("sharedaccesssignature", StringComparison.OrdinalIgnoreCase))
                {
                    string? sas = Query(vocabulary, value.TrimStart('?'));
                    if (sas != null) return "a connection string with a shared access signature";
                    continue;
                }

                // Password=Password, SharedAccessKey=[KEY]: the value is its own key, as templates write it.
                if (ValueFilters.IsNotASecret(vocabulary, value) || SameWords(value, pair.Key) || ValueFilters.IsDefaultPair(user, value)) continue;

                // password = crypt(secret, password) (SQL): a ',' inside a call cut the value; the call is judged whole.
                if (separator == ',' && value.IndexOf('(') > 0 && value.IndexOf(')') < 0 && text.IndexOf(value, StringComparison.Ordinal) is int start && start >= 0
                    && ValueFilters.IsNotASecret(vocabulary, text.Substring(start).Trim())) continue;
                return "a connection string with an inline " + pair.Key.Trim();
            }

            return null;
        }

        private static bool IsSpaceSeparated(string text) =>
            text.Split(Space, StringSplitOptions.RemoveEmptyEntries).Count(part => part.IndexOf('=') > 0) >= 2;

        private static readonly char[] Space = { ' ' };

        /// <summary><c>a=1&amp;sig=…</c>: SAS tokens, form bodies and query strings with a credential parameter.</summary>
        private static string? Query(Vocabulary vocabulary, string text, int depth = 0)
        {
            // A query or form body is one line (text of several lines is read line by line).
            if (text.IndexOf('\n') >= 0) return null;
            if (text.IndexOf('=') < 0 || (text.IndexOf('&') < 0 && !text.StartsWith("sig=", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("?", StringComparison.Ordinal))) return null;
            var pairs = Pairs(text.TrimStart('?'), '&').ToList();
            string? user = UserOf(pairs);
            foreach (KeyValuePair<string, string> pair in pairs)
            {
                string key = pair.Key.Trim();
                string value = Unescape(pair.Value);

                // Airflow connection extras in a URI: ?extra__wasb__connection_string=…, ?extra__azure__client_secret=…
                if (depth == 0 && value.Length >= 6 && (value.IndexOf('=') > 0 || value.IndexOf("://", StringComparison.Ordinal) > 0) && Match(vocabulary, value) is string inner)
                {
                    return "a URI whose '" + key + "' parameter holds " + inner;
                }

                // Beside the usual parameters, Airflow extras such as extra__azure__client_secret (named like an entry).
                if (!Vocabulary.QueryKeys.Contains(key) && !SecretEntries.IsSecret(vocabulary, key)) continue;
                if (key.Equals("key", StringComparison.OrdinalIgnoreCase) && (pairs.Count < 2 || !ValueFilters.LooksRandom(value))) continue;
                if (ValueFilters.IsNotASecret(vocabulary, value) || SameWords(value, key) || ValueFilters.IsDefaultPair(user, value)) continue;
                bool signature = key.Equals("sig", StringComparison.OrdinalIgnoreCase);
                // A shared access signature is the base64 of an HMAC: a sig= that does not decode to base64 (a broken
                // escape, '-' or '!' in it) was typed as a stand-in.
                if (signature && !IsBase64(UnescapePercent(pair.Value))) continue;
                return signature ? "a shared access signature (sig=)" : "a query or form string with an inline " + key;
            }

            return null;
        }

        /// <summary>Airflow connection JSON (<c>"password"</c>, <c>"extra"</c>), backend kwargs (<c>"client_secret"</c>) and other JSON.</summary>
        private static string? Json(Vocabulary vocabulary, MiniJson.Node node, int depth)
        {
            if (depth > 8) return null;
            if (node.Items != null)
            {
                foreach (MiniJson.Node item in node.Items)
                {
                    string? found = Json(vocabulary, item, depth + 1);
                    if (found != null) return found;
                }

                return null;
            }

            if (node.Properties is null) return node.IsString && node.Text != null && depth > 0 ? Match(vocabulary, node.Text) : null;
            foreach (KeyValuePair<string, MiniJson.Node> property in node.Properties)
            {
                MiniJson.Node value = property.Value;
                if (value.IsString && !ValueFilters.IsNotASecretForName(vocabulary, value.Text, property.Key)
                    && (CredentialNames.IsCredential(vocabulary, property.Key) || (CredentialNames.IsBareTokenOrKey(vocabulary, property.Key) && ValueFilters.LooksRandom(value.Text!))))
                {
                    // "password": "…", or a bare "token" / "key" whose value looks generated (an Airflow extra's "token").
                    return "JSON with an inline \"" + property.Key + "\"";
                }

                if (value.IsString && value.Text != null && value.Text.Length >= 6)
                {
                    string? inner = Match(vocabulary, value.Text);
                    if (inner != null) return "JSON whose \"" + property.Key + "\" holds " + inner;
                }
                else if (value.Properties != null || value.Items != null)
                {
                    string? inner = Json(vocabulary, value, depth + 1);
                    if (inner != null) return inner;
                }
            }

            return null;
        }

        // The user name of key=value pairs (User ID=…, username=…), if one is given.
        // A query's first key carries what is before the '?' (tcp://host:61616?user=…).
        private static string? UserOf(List<KeyValuePair<string, string>> pairs) =>
            pairs.Where(p => Vocabulary.UserKeys.Contains(new string(p.Key.Substring(p.Key.LastIndexOf('?') + 1).Where(c => c != ' ' && c != '_').ToArray())))
                .Select(p => p.Value).FirstOrDefault();

        // Whether two texts are the same words (Password=Password, guest:guest, SharedAccessKey=[KEY]).
        // Password=Password, torrent_pass=private_torrent_pass: the value is its key, or words around it.
        private static bool SameWords(string value, string key)
        {
            string v = new string(value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            string k = new string(key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            if (v == k) return true;
            return k.Length >= 4 && v.Contains(k) && value.All(c => char.IsLetter(c) || c == '_' || c == '-' || c == '.' || c == ' ');
        }

        private static IEnumerable<KeyValuePair<string, string>> Pairs(string text, char separator)
        {
            int i = 0;
            while (i < text.Length)
            {
                int equals = text.IndexOf('=', i);
                int next = text.IndexOf(separator, i);
                if (equals < 0) yield break;
                if (next >= 0 && next < equals)
                {
                    i = next + 1;
                    continue;
                }

                string key = text.Substring(i, equals - i);
                int valueStart = equals + 1;
                string value;
                if (valueStart < text.Length && (text[valueStart] == '\'' || text[valueStart] == '"'))
                {
                    char quote = text[valueStart];
                    int close = text.IndexOf(quote, valueStart + 1);
                    if (close < 0) close = text.Length;
                    value = text.Substring(valueStart + 1, close - valueStart - 1);
                    int after = text.IndexOf(separator, close);
                    i = after < 0 ? text.Length : after + 1;
                }
                else
                {
                    int end = text.IndexOf(separator, valueStart);
                    if (end < 0) end = text.Length;
                    value = text.Substring(valueStart, end - valueStart);
                    i = end + 1;
                }

                yield return new KeyValuePair<string, string>(key, value.Trim());
            }
        }

        private static bool IsBase64(string text) =>
            text.Length >= 8 && text.TrimEnd('=').All(c => (c < 128 && char.IsLetterOrDigit(c)) || c == '+' || c == '/') && text.Length - text.TrimEnd('=').Length <= 2;

        // %XX escapes only ('+' stays: in a signature it is base64's, written unescaped by hand).
        private static string UnescapePercent(string text)
        {
            try
            {
                return System.Uri.UnescapeDataString(text);
            }
            catch (UriFormatException)
            {
                return text;
            }
        }

        // A form's value: '+' for a space, then %XX escapes.
        private static string Unescape(string text) => UnescapePercent(text.Replace('+', ' '));
    }
}
