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

        private static readonly Regex Guid = new(@"^[{(]?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[)}]?$", RegexOptions.CultureInvariant);
        private static readonly Regex EnvironmentVariableName = new(@"^[A-Z][A-Z0-9]*(_+[A-Z0-9]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex ConfigurationKey = new(@"^[A-Za-z][A-Za-z0-9_.\-]*(:[A-Za-z0-9_.\-]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex UriWithScheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*://", RegexOptions.CultureInvariant);
        private static readonly Regex FormatItem = new(@"^\{\d+(,[-+]?\d+)?(:[^}]*)?\}$", RegexOptions.CultureInvariant);
        private static readonly Regex TemplateHole = new(@"\{\{|\$\{|#\{|\{[A-Za-z_][A-Za-z0-9_.:-]*\}", RegexOptions.CultureInvariant);
        // $name, $name/path, $name.field: a reference a secret provider or shell fills in.
        private static readonly Regex SecretReference = new(@"^\$[A-Za-z_][A-Za-z0-9_-]*([/.:{].*)?$", RegexOptions.CultureInvariant);

        // App Service / Functions references resolved by the platform at run time: @Microsoft.KeyVault(SecretUri=...),
        // @Microsoft.KeyVault(VaultName=...;SecretName=...), @Microsoft.AppConfiguration(Endpoint=...; Key=...). They name
        // where the value lives, never the value.
        private static readonly Regex PlatformReference = new(@"^@Microsoft\.(KeyVault|AppConfiguration)\([^()]*\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // bcrypt, scrypt, argon2 and crypt(3) password hashes: what is stored instead of a password.
        private static readonly Regex CryptHash = new(@"^\$(2[abxy]?|argon2(id|i|d)|scrypt|[156])\$", RegexOptions.CultureInvariant);

        // An encrypted string as stored: a type digit, then base64 pieces separated by '|' (2.iv==|data==|mac=), or a
        // type digit and one piece (7.AOs41Hd8OQiCPXjyJKCiDA==): ciphertext, which is safe to hold without its key.
        private static readonly Regex EncryptedString = new(@"^[0-9]{1,2}\.[A-Za-z0-9+/=_\-]+(\|[A-Za-z0-9+/=_\-]+)*$|^[A-Za-z0-9+/]{8,}={0,2}(\|[A-Za-z0-9+/]{8,}={0,2}){2,}$", RegexOptions.CultureInvariant);

        // Code that reads the value from the environment where it runs: process.env.X, process.env['X'], os.environ["X"],
        // os.getenv("X"), Environment.GetEnvironmentVariable("X"), ENV["X"], env("X").
        private static readonly Regex EnvironmentRead = new(@"^(process\.env(\.[A-Za-z_][A-Za-z0-9_]*|\[)|os\.environ(\[|\.get\()|os\.getenv\(|(System\.)?Environment\.GetEnvironmentVariable\(|ENV\[|env\()", RegexOptions.CultureInvariant);

        private static readonly Regex AmazonResourceName = new(@"^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:\S+$", RegexOptions.CultureInvariant);
        private static readonly Regex SecretManagerResource = new(@"^projects/[^/\s]+/secrets/[^/\s]+(/versions/[^/\s]+)?$", RegexOptions.CultureInvariant);

        private static readonly Regex FunctionCall = new(@"^[A-Za-z_][A-Za-z0-9_.]*\((?<arguments>\s*|[^()]*,\s[^()]*)\)$", RegexOptions.CultureInvariant);

        private static readonly Regex EmailAddress = new(@"^[^@\s:/]+@[^@\s:/]+\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant);

        // A lower-case identifier in kebab, snake or dotted form (send-mail-password, user_token, oss.access-key), or a
        // camel or Pascal case one (encryptedPrivateKey, SendGridApiKey), digits only at the ends of its words.
        private static readonly Regex LowerIdentifier = new(@"^[a-z][a-z]*[0-9]*([-_.:][a-z0-9]+)+$", RegexOptions.CultureInvariant);
        private static readonly Regex CamelIdentifier = new(@"^[a-zA-Z][a-z]+([A-Z][a-z]+|[A-Z]{2,}(?=[A-Z][a-z]|$))+[0-9]*$", RegexOptions.CultureInvariant);

        /// <summary>A GUID of mixed digits and letters (not 00000000-…, not a run): a secret where a credential goes.</summary>
        public static bool IsGuidSecret(string v) => Guid.IsMatch(v.Trim()) && !IsTrivial(v.Trim()) && LooksRandom(v.Trim().Trim('{', '}', '(', ')'));

        /// <summary>Whether the value holds a non-constant piece.</summary>
        public static bool HasHole(string value) => value.IndexOf(Hole) >= 0;

        /// <summary>
        /// Whether a value given to a credential parameter (ClientSecretCredential's, NetworkCredential's…) is not a
        /// usable credential: empty, non-constant, a placeholder, a value marked as fake, trivial, a name or identifier,
        /// a pattern, or a value published for everyone (emulator keys). Weak values count there: <c>"password"</c>
        /// given as a password is a password.
        /// </summary>
        public static bool IsNotASecretAtSink(Vocabulary vocabulary, string? value)
        {
            if (value is null) return true;
            string v = value.Trim();
            if (v.Length == 0 || HasHole(v)) return true;
            if (IsPlaceholder(vocabulary, v)) return true;
            if (IsDummy(v) || IsTrivial(v) || IsSwitch(v) || IsIntentPhrase(v) || Vocabulary.WellKnownDummies.Contains(v)) return true;
            if (IsNameOrIdentifier(v)) return true;
            if (LooksLikePattern(v) || IsUnsignedToken(v)) return true;
            return IsPublic(v);
        }

        // The credential word itself as the value, in any case, with at most punctuation inserted ("password",
        // "Secret", "pass%word" testing quoting): a stand-in even where a credential is surely expected, such as a test
        // logging in to a scripted server. With a digit it is a chosen weak one ("Password1") and stays a secret.
        public static bool IsCredentialWordItself(string? value)
        {
            if (value is null) return false;
            string v = value.Trim();
            if (v.Length > 24) return false;
            var letters = new System.Text.StringBuilder(v.Length);
            foreach (char c in v)
            {
                if (char.IsDigit(c)) return false;
                if (char.IsLetter(c)) letters.Append(char.ToLowerInvariant(c));
            }

            return letters.Length >= 2 && Vocabulary.CredentialWords.Contains(letters.ToString());
        }

        /// <summary>A value published for everyone (emulator and documentation keys) or public by design (a Stripe publishable key).</summary>
        public static bool IsPublic(string v) =>
            Vocabulary.WellKnownPublicValues.Contains(v) || Vocabulary.PublicByDesignPrefixes.Any(p => v.StartsWith(p, StringComparison.Ordinal) && v.Length > p.Length + 8)
            || IsPublishedBasicPair(v);

        // user:password in base64 (a Basic header's credential) whose password is a published example: RFC 6749's
        // s6BhdRkqt3:gX1fBat3bV, RFC 7617's Aladdin:open sesame.
        private static bool IsPublishedBasicPair(string v)
        {
            if (v.Length < 8 || v.Length > 200 || DecodeBase64(v) is not string pair) return false;
            int colon = pair.IndexOf(':');
            if (colon <= 0) return false;
            string password = pair.Substring(colon + 1);
            return Vocabulary.WellKnownPublicValues.Contains(password) || Vocabulary.WellKnownDummies.Contains(password);
        }

        // header.payload. with no signature (alg "none"): a token no verifier accepts, used to test parsing.
        private static readonly Regex UnsignedToken = new(@"^[A-Za-z0-9_\-+/]+={0,2}\.[A-Za-z0-9_\-+/]+={0,2}\.$", RegexOptions.CultureInvariant);

        /// <summary>A JSON Web Token without a signature: its header decodes to JSON and its third part is empty.</summary>
        public static bool IsUnsignedToken(string v) =>
            UnsignedToken.IsMatch(v) && DecodeBase64(v.Substring(0, v.IndexOf('.'))) is string header && header.TrimStart().StartsWith("{", StringComparison.Ordinal);

        /// <summary>The text of base64 or base64url, or <c>null</c> when the value is neither (or not text).</summary>
        public static string? DecodeBase64(string v)
        {
            string b = v.Trim().Replace('-', '+').Replace('_', '/');
            if (b.Length == 0 || b.Any(c => !(char.IsLetterOrDigit(c) && c < 128) && c != '+' && c != '/' && c != '=')) return null;
            b = b.TrimEnd('=');
            b += new string('=', (4 - (b.Length % 4)) % 4);
            try
            {
                byte[] bytes = Convert.FromBase64String(b);
                string text = System.Text.Encoding.UTF8.GetString(bytes);
                return text.Any(c => char.IsControl(c) && c != '\n' && c != '\r' && c != '\t') || text.IndexOf('\uFFFD') >= 0 ? null : text;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>
        /// The same, for a value whose place makes it a credential less surely (a URI's or connection string's password, a
        /// JSON property, a configuration entry): also not a stand-in that spells the credential word
        /// (<c>user:secret@host</c>, <c>Password=pass</c>, <c>new-password</c>) or words naming one (<c>ENTER KEY HERE</c>).
        /// </summary>
        public static bool IsNotASecret(Vocabulary vocabulary, string? value)
        {
            if (IsNotASecretAtSink(vocabulary, value)) return true;
            string v = value!.Trim();
            return IsStandIn(v) || IsWordsWithCredentialWord(v) || IsSplitStandIn(vocabulary, v) || IsCallOfNoSecrets(vocabulary, v);
        }

        // Code, a function call (crypt(secret, password) in SQL, GetPassword()): a credential only through its
        // arguments, each judged as a value (crypt('…', gen_salt('bf')), nested, is judged as written).
        private static bool IsCallOfNoSecrets(Vocabulary vocabulary, string v)
        {
            Match call = FunctionCall.Match(v);
            if (!call.Success) return false;
            string inside = call.Groups["arguments"].Value;
            return inside.Trim().Length == 0 || inside.Split(',').All(a => IsNotASecret(vocabulary, a.Trim().Trim('\'', '"')));
        }

        // A stand-in word with spaces or plus signs inserted ("se cret", "se+ cret", a Basic parsing test's input): letters
        // and those separators only, and what is left without them is not a secret either. A passphrase of words
        // ("correct horse battery staple") joins into no stand-in, so it stays a secret.
        private static bool IsSplitStandIn(Vocabulary vocabulary, string v)
        {
            if (v.IndexOf(' ') < 0 && v.IndexOf('+') < 0) return false;
            int letters = 0;
            foreach (char c in v)
            {
                if (char.IsLetter(c)) letters++;
                else if (c != ' ' && c != '+') return false;
            }

            if (letters < 3) return false;
            string joined = new string(v.Where(char.IsLetter).ToArray());
            return IsNotASecretAtSink(vocabulary, joined) || IsStandIn(joined) || IsCredentialWordItself(joined);
        }

        /// <summary>
        /// A value of words that says where the real value comes from (<c>ValueFromConfiguration</c>, <c>open sesame from
        /// env</c>, <c>secret-from-vault</c>): letters and separators only, "from" followed by a source word
        /// (<see cref="Vocabulary.SourceWords"/>).
        /// </summary>
        public static bool NamesItsSource(string v)
        {
            if (v.Length < 8 || v.IndexOf("rom", StringComparison.Ordinal) < 0) return false;
            foreach (char c in v)
            {
                if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '_') return false;
            }

            List<string> words = CredentialNames.Words(v);
            for (int i = 0; i + 1 < words.Count; i++)
            {
                if (words[i] == "from" && Vocabulary.SourceWords.Contains(words[i + 1])) return true;
            }

            return false;
        }

        /// <summary>
        /// A password-rule probe: a value built from ascending letter and digit runs (abc, DEF, 789, a digit run wrapping
        /// 9 to 0) and symbols, the input a test gives a password validator to meet or miss one rule each (length, digits,
        /// upper, lower, symbols). At least six letters and digits, two thirds of them in runs of three or more; a digit
        /// is read by its numeric value, so a non-ASCII digit in a run still continues it.
        /// </summary>
        public static bool IsRuleProbe(string v)
        {
            int alphanumerics = 0, inRuns = 0, runLength = 0, previous = -100;
            foreach (char c in v)
            {
                int ordinal = char.IsLetter(c) && c < 128 ? char.ToLowerInvariant(c) - 'a' + 100 : char.GetNumericValue(c) is double d && d >= 0 && d <= 9 && d == Math.Floor(d) ? (int)d : -1;
                if (ordinal < 0)
                {
                    if (char.IsLetterOrDigit(c)) return false;
                    continue;
                }

                alphanumerics++;
                bool continues = ordinal == previous + 1 || (previous == 9 && ordinal == 0);
                if (continues) runLength++;
                else
                {
                    if (runLength >= 3) inRuns += runLength;
                    runLength = 1;
                }

                previous = ordinal;
            }

            if (runLength >= 3) inRuns += runLength;
            return inRuns >= 6 && inRuns * 3 >= alphanumerics * 2;
        }

        /// <summary>
        /// The same, for a value that is a credential only because of the name it is given to (a field, property, local or
        /// parameter named like one): such names also hold option and claim names, and messages, so an identifier made of
        /// words with a credential word in it (<c>send-mail-password</c>, <c>encryptedPrivateKey</c>), a value repeating
        /// the name it is given to (<c>ClientSecret = "clientSecret"</c>) and prose are not secrets either.
        /// </summary>
        public static bool IsNotASecretForName(Vocabulary vocabulary, string? value, string name)
        {
            if (IsNotASecret(vocabulary, value)) return true;
            string v = value!.Trim();
            if (IsNameLike(v) || IsSegmentedName(v) || RepeatsName(v, name) || IsStructured(v) || NamesWhatItsNameKeys(v, name) || IsRoute(v)) return true;
            return IsProse(v) && !CredentialNames.Words(name).Any(w => w == "passphrase" || w == "passcode");
        }

        // Letters and separators only (and a closing mark), with a credential word in them: Secret key used to encrypt,
        // AWSACCESSKEY, encryptionpassword, secret password!.
        private static bool IsWordsWithCredentialWord(string v)
        {
            string core = v.TrimEnd('!', '?', '.');
            if (core.Length == 0 || !core.All(c => char.IsLetter(c) || c == ' ' || c == '-' || c == '_' || c == '.')) return false;
            string lower = core.ToLowerInvariant();
            return Vocabulary.CredentialWordsInValues.Any(word => lower.IndexOf(word, StringComparison.Ordinal) >= 0);
        }

        /// <summary>A password that is the published default of its user (guest/guest, admin/admin…).</summary>
        public static bool IsDefaultPair(string? user, string password) =>
            user != null && Vocabulary.DefaultUserPasswords.Contains(password) && string.Equals(user.Trim(), password.Trim(), StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A test's description of a value: two or more lower-case words joined by one kind of separator ('-' or '_'), no
        /// digits, capitals or symbols, with an intent word (<see cref="Vocabulary.IntentWords"/>) among them; of two
        /// words, both must be intent or stand-in words (<c>not-allowed</c>, while <c>not-velvet</c> is not one).
        /// </summary>
        public static bool IsIntentPhrase(string v)
        {
            char separator = v.IndexOf('-') >= 0 ? '-' : v.IndexOf('_') >= 0 ? '_' : ' ';
            string[] words = v.Split(separator);
            if (words.Length < 2 || words.Any(w => w.Length == 0) || !words.Any(Vocabulary.IntentWords.Contains)) return false;
            // Lower-case words only; a format's name (base64, utf8, sha256) may carry digits: "not-base64" says what the input is not.
            if (!words.All(w => w.All(c => c >= 'a' && c <= 'z') || Vocabulary.FormatWords.Contains(w))) return false;
            return words.Length >= 3 || words.All(w => Vocabulary.IntentWords.Contains(w) || Vocabulary.StandInWords.Contains(w) || Vocabulary.FormatWords.Contains(w));
        }

        // A switch's state (["Auth:RequireStrongPassword"] = "true", ["Features:ApiKeyAuthentication"] = "disabled"):
        // held under a credential-sounding setting name it turns something on or off; no credential is a bare "false".
        private static bool IsSwitch(string v) => Vocabulary.SwitchValues.Contains(v.ToLowerInvariant());

        // JSON or XML held under a credential-sounding name ({"Key1":"WebauthnToken"}): data, whose inline credentials,
        // if any, the text rules find.
        private static bool IsStructured(string v) =>
            (v.StartsWith("{", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal)) || (v.StartsWith("[", StringComparison.Ordinal) && v.EndsWith("]", StringComparison.Ordinal))
            || (v.StartsWith("<", StringComparison.Ordinal) && v.EndsWith(">", StringComparison.Ordinal));

        /// <summary>An identifier made of words, one of them a credential word: the name of a credential, not one.</summary>
        public static bool IsNameLike(string v)
        {
            if (!LowerIdentifier.IsMatch(v) && !CamelIdentifier.IsMatch(v)) return false;
            List<string> words = CredentialNames.Words(v);
            return words.Any(w => Vocabulary.CredentialWordsInValues.Any(c => w.TrimEnd(Digits).EndsWith(c, StringComparison.Ordinal))
                || Vocabulary.StandInWords.Contains(w.TrimEnd(Digits)) && w.Length > 3);
        }

        /// <summary>
        /// A key name in segments (a browser-storage or cache key: <c>Contoso_PageState_Metrics</c>): three or more
        /// capitalised segments of letters joined by '_', four or more words in all, no digits or symbols.
        /// </summary>
        public static bool IsSegmentedName(string v) => SegmentedName.IsMatch(v) && CredentialNames.Words(v).Count >= 4;

        private static readonly Regex SegmentedName = new(@"^[A-Z][a-z]+([A-Z][a-z]+)*(_[A-Z][a-z]+([A-Z][a-z]+)*){2,}$", RegexOptions.CultureInvariant);

        // A message or label: four or more words separated by spaces.
        private static bool IsProse(string v) =>
            v.IndexOf('\n') < 0 && v.Split(Space, StringSplitOptions.RemoveEmptyEntries).Count(w => w.TrimEnd(',', '.', ';', ':', '!', '?').All(char.IsLetter)) >= 4;

        // ClientSecret = "clientSecret", SendGridApiKey = "SendGridApiKey", probeSecret = "probe",
        // AccessKeySecret = "AccessKeySecret-Tests": the value repeats the name, or part of it.
        private static bool RepeatsName(string v, string name)
        {
            string value = new string(v.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            string key = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            if (value.Length < 3 || key.Length < 3) return false;
            return value == key || (key.Length >= 8 && value.StartsWith(key, StringComparison.Ordinal)) || (key.Contains(value) && v.All(c => char.IsLetter(c) || c == '-' || c == '_'));
        }

        /// <summary>
        /// A key's or token's name given as its value: the value is an identifier of two or more words (letters only,
        /// joined by '.', '_', '-' or ':', or in camel case) that ends with the word the name puts before "key" or
        /// "token" (<c>MasterKey = "host.master"</c>, the entry a master key is stored under; <c>PrimaryHostKey =
        /// "MS_PrimaryHost"</c>, a property's name). Keys and tokens are generated, so words name them; a password or
        /// secret of words (<c>AdminPassword = "Super_Admin"</c>) is a chosen one and stays reported.
        /// </summary>
        private static bool NamesWhatItsNameKeys(string v, string name)
        {
            List<string> nameWords = CredentialNames.Words(name);
            if (nameWords.Count < 2 || nameWords[nameWords.Count - 1] is not ("key" or "keys" or "token" or "tokens")) return false;
            if (!v.All(c => char.IsLetter(c) || c == '.' || c == '_' || c == '-' || c == ':')) return false;
            List<string> valueWords = CredentialNames.Words(v);
            if (valueWords.Count < 2) return false;
            string before = nameWords[nameWords.Count - 2];
            return before.Length >= 3 && valueWords[valueWords.Count - 1] == before;
        }

        /// <summary>
        /// A route or relative path of words (<c>Account/Manage/ChangePassword</c>, a page's address under a
        /// credential-sounding name): three or more segments of letters, '-' and '_', joined by '/'.
        /// </summary>
        private static bool IsRoute(string v) => Route.IsMatch(v);

        private static readonly Regex Route = new(@"^[A-Za-z][A-Za-z_-]*(/[A-Za-z][A-Za-z_-]*){2,}/?$", RegexOptions.CultureInvariant);

        private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

        private static readonly char[] Space = { ' ' };

        public static bool IsPlaceholder(Vocabulary vocabulary, string v)
        {
            if (vocabulary.MatchesPlaceholderPattern(v)) return true;
            if (v.Length >= 3 && v[0] == '[' && v[v.Length - 1] == ']' && v.IndexOf(',') < 0) return true;
            if (TemplateHole.IsMatch(v)) return true;
            if (SecretReference.IsMatch(v) || PlatformReference.IsMatch(v) || CryptHash.IsMatch(v) || EncryptedString.IsMatch(v)) return true;
            if (EnvironmentRead.IsMatch(v) || NamesItsSource(v)) return true;
            if (v.Length >= 2 && v[0] == '<' && v[v.Length - 1] == '>') return true;
            if (v.StartsWith("${", StringComparison.Ordinal) && v.EndsWith("}", StringComparison.Ordinal)) return true;
            if (v.StartsWith("$(", StringComparison.Ordinal) && v.EndsWith(")", StringComparison.Ordinal)) return true;
            if (v.StartsWith("{{", StringComparison.Ordinal) || v.StartsWith("${", StringComparison.Ordinal)) return true;
            if (v.Length >= 3 && v[0] == '%' && v[v.Length - 1] == '%' && v.IndexOf(' ') < 0) return true;
            if (v.Length >= 2 && v[0] == '@' && v.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_')) return true;
            if (v.Length >= 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal)) return true;
            if (FormatItem.IsMatch(v)) return true;
            if (v.Length >= 3 && v[0] == '{' && v[v.Length - 1] == '}' && v.Skip(1).Take(v.Length - 2).All(c => char.IsLetterOrDigit(c) || c == '_')) return true;

            // SOPS' encrypted values (ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]): ciphertext.
            if (v.StartsWith("ENC[", StringComparison.Ordinal) && v.EndsWith("]", StringComparison.Ordinal) && v.IndexOf("data:", StringComparison.Ordinal) > 0) return true;

            // A format's prefix and then masking (xoxb-XXXXXXXXXXXX-…, ghp_*****…, xxx8Q~xxxx…): three quarters or more of the
            // letters and digits are x or *, and at least eight.
            int masked = v.Count(c => c == 'x' || c == 'X' || c == '*'), shown = v.Count(char.IsLetterOrDigit) + v.Count(c => c == '*');
            if (masked >= 8 && masked * 4 >= shown * 3) return true;

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
            List<string> words = CredentialNames.Words(v);
            if (words.Any(Vocabulary.StrongDummyMarkers.Contains)) return true;
            if (v.Any(char.IsDigit)) return IsNumberedDummy(v);
            if (!v.All(c => char.IsLetter(c) || c == '-' || c == '_' || c == ' ' || c == '.')) return words.Any(Vocabulary.DummyMarkers.Contains);
            if (words.Count == 0) return true;
            string joined = string.Concat(words);
            return words.Any(Vocabulary.DummyMarkers.Contains) || Vocabulary.DummyMarkers.Contains(joined)
                || joined.StartsWith("changeme", StringComparison.Ordinal) || joined.StartsWith("replaceme", StringComparison.Ordinal)
                || joined.StartsWith("yoursecret", StringComparison.Ordinal) || joined.StartsWith("yourpassword", StringComparison.Ordinal)
                || (words.Count >= 2 && (words[0] == "my" || words[0] == "your") && CredentialNames.IsCredential(Vocabulary.Default, string.Join("_", words.Skip(1))));
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
                marked |= Vocabulary.DummyMarkers.Contains(letters.ToLowerInvariant());
            }

            return marked;
        }

        private static readonly char[] Separators = { '-', '_', '.' };

        /// <summary>
        /// Up to 24 characters whose letters (digits and symbols dropped, '@' read as 'a') are only credential, stand-in
        /// and dummy words: <c>password</c>, <c>new-password</c>, <c>secret2</c>, <c>CurrentP@ss!</c>, <c>value1</c>,
        /// <c>p@ss</c>, <c>pk</c>. A value of that kind describes a credential; it is not one. (Spelled with digits for
        /// letters, <c>P@ssw0rd</c>, it is a chosen weak password, and is reported.)
        /// </summary>
        public static bool IsStandIn(string v)
        {
            if (Vocabulary.WellKnownDummies.Contains(v)) return true;
            if (v.Length > 24 || v.Any(c => char.IsDigit(c) && IsBetweenLetters(v, c))) return false;

            var letters = new System.Text.StringBuilder(v.Length);
            foreach (char c in v) letters.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : c == '@' ? 'a' : ' ');
            string[] pieces = letters.ToString().Split(Space, StringSplitOptions.RemoveEmptyEntries);
            return pieces.Length > 0 && pieces.All(Segments);
        }

        // A digit written for a letter: between two letters (P4ssword, s3cret).
        private static bool IsBetweenLetters(string v, char digit)
        {
            for (int i = 1; i + 1 < v.Length; i++)
            {
                if (v[i] == digit && char.IsLetter(v[i - 1]) && (char.IsLetter(v[i + 1]) || char.IsDigit(v[i + 1]) && i + 2 < v.Length && char.IsLetter(v[i + 2]))) return true;
            }

            return false;
        }

        // Whether a run of lower-case letters splits into stand-in, credential and dummy words (supersecretpassword).
        private static bool Segments(string run)
        {
            var reachable = new bool[run.Length + 1];
            reachable[0] = true;
            for (int end = 1; end <= run.Length; end++)
            {
                for (int start = 0; start < end && !reachable[end]; start++)
                {
                    if (!reachable[start]) continue;
                    string word = run.Substring(start, end - start);
                    reachable[end] = Vocabulary.StandInWords.Contains(word) || Vocabulary.DummyMarkers.Contains(word);
                }
            }

            return reachable[run.Length];
        }

        /// <summary>
        /// Values test code types when any value will do: fewer than 4 characters, one keyboard or counting run
        /// (<c>123456</c>, <c>abcdef</c>, <c>qwerty</c>) or two long ones (<c>0123456789abcdef</c>), such a run or a short
        /// unit repeated (<c>asdfasdfasdf</c>, <c>aaaa</c>), an e-mail address (the anonymous-FTP convention).
        /// </summary>
        public static bool IsTrivial(string v)
        {
            if (v.Length < 4) return true;
            if (EmailAddress.IsMatch(v)) return true;
            string lower = v.ToLowerInvariant().TrimEnd('!', '?', '.');
            if (lower.Length < 4 || IsRuns(lower)) return true;

            // 123456b2f3abcde42ac3…: hex typed by hand around counting runs, which generated hex almost never holds.
            if (IsHandTypedHex(lower)) return true;

            // 1234-ABCD, 1234_5678: runs between separators.
            string joined = new string(lower.Where(c => c != '-' && c != '_' && c != ' ' && c != '.').ToArray());
            if (joined.Length >= 4 && joined.Length < lower.Length && IsRuns(joined)) return true;
            for (int unit = 1; unit * 2 <= lower.Length; unit++)
            {
                if (lower.Length % unit != 0 || !Enumerable.Range(0, lower.Length).All(i => lower[i] == lower[i % unit])) continue;
                if (unit <= 4 || IsRuns(lower.Substring(0, unit))) return true;
            }

            // heyyyyyyy, aaaaaa1111aa: a short value of letters and digits with one letter held down five times or more,
            // which a generated value (one in tens of thousands of 24 characters) and a chosen one hardly ever has.
            return lower.Length <= 24 && lower.All(char.IsLetterOrDigit) && HasLetterHeldDown(lower, 5);
        }

        private static bool HasLetterHeldDown(string lower, int times)
        {
            int run = 1;
            for (int i = 1; i < lower.Length; i++)
            {
                run = lower[i] == lower[i - 1] && char.IsLetter(lower[i]) ? run + 1 : 1;
                if (run >= times) return true;
            }

            return false;
        }

        private static bool IsHandTypedHex(string lower)
        {
            lower = lower.Trim(';', ',', '"', '\'', ' ');
            if (lower.Length < 16 || !lower.All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
            for (int i = 0; i + 5 <= lower.Length; i++)
            {
                string piece = lower.Substring(i, 5);
                if (Vocabulary.Runs.Any(run => run.IndexOf(piece, StringComparison.Ordinal) >= 0)) return true;
            }

            return false;
        }

        // One run of 4 or more, or up to three of 4 or more each (abcde12345!@#$%).
        private static bool IsRuns(string text)
        {
            int position = 0, pieces = 0;
            while (position < text.Length)
            {
                int longest = 0;
                foreach (string run in Vocabulary.Runs)
                {
                    int start = run.IndexOf(text[position]);
                    if (start < 0) continue;
                    int length = 0;
                    while (position + length < text.Length && start + length < run.Length && run[start + length] == text[position + length]) length++;
                    longest = Math.Max(longest, length);
                }

                // Up to two characters left over at the end (abcde12345!@#$%/\) still make runs.
                if (longest < 4 && position >= text.Length - 2 && pieces > 0) return true;
                if (longest < 4 || ++pieces > 3) return false;
                position += longest;
            }

            return true;
        }

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

            // S0mEv3RY1oN9T0k3n: a phrase of stand-in words spelled with digits for letters.
            if (IsLeetStandIn(v)) return false;
            // Generated values switch between letters and digits inside a run (a2o41PuP, 9s8d7f6g); a word with a number
            // after it (NewAttachmentKey2, vfo1-foundation) switches once.
            return v.Split(NonAlphanumeric(v), StringSplitOptions.RemoveEmptyEntries)
                .Any(run => run.Length >= 3 && Transitions(run) >= 2);
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

        private static bool IsLeetStandIn(string v) => IsLeetStandIn(v, 'i') || IsLeetStandIn(v, 'l');

        private static bool IsLeetStandIn(string v, char one)
        {
            var letters = new System.Text.StringBuilder(v.Length);
            foreach (char c in v)
            {
                int digit = LeetDigits.IndexOf(c);
                char letter = c == '1' ? one : digit >= 0 ? LeetLetters[digit] : c == '@' ? 'a' : c == '$' ? 's' : char.ToLowerInvariant(c);
                if (char.IsLetter(letter)) letters.Append(letter);
                else if (letters.Length > 0 && letters[letters.Length - 1] != ' ') letters.Append(' ');
            }

            string[] pieces = letters.ToString().Split(Space, StringSplitOptions.RemoveEmptyEntries);
            return pieces.Length > 0 && pieces.All(p => p.Length >= 2 && Segments(p)) && pieces.Sum(p => p.Length) >= 8;
        }

        // The letters digits stand for when a word is spelled with them (0 o, 1 l or i, 3 e, 4 a, 5 s, 7 t, 9 g).
        private const string LeetDigits = "013457928";
        private const string LeetLetters = "oieastgzb";

        private static int Transitions(string run)
        {
            int count = 0;
            for (int i = 1; i < run.Length; i++)
            {
                if (char.IsDigit(run[i]) != char.IsDigit(run[i - 1])) count++;
            }

            return count;
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
            // A URN names something by definition (urn:oasis:names:tc:SAML:2.0:ac:classes:Password, an authentication context class).
            if (v.Length > 4 && v.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && !v.Any(char.IsWhiteSpace)) return true;
            // An Amazon Resource Name (arn:aws:secretsmanager:…:secret:prod/db-password-Xk29Qa) and a Google Secret Manager
            // resource (projects/p/secrets/s/versions/latest) name where a secret is kept.
            if (AmazonResourceName.IsMatch(v) || SecretManagerResource.IsMatch(v)) return true;
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
