using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// The words and values the rules judge by, as data: which names name a credential, which values stand in for one
    /// (placeholders, dummies, the credential word itself), which values are public although they look secret. A
    /// project adds its own credential words and placeholder pattern through <c>.editorconfig</c> /
    /// <c>.globalconfig</c> (<see cref="CredentialWordsOption"/>, <see cref="PlaceholderPatternOption"/>).
    /// </summary>
    internal sealed class Vocabulary
    {
        /// <summary>
        /// <c>airflowsecrets.credential_words = license key, pin</c>: more names that name a credential, as their last
        /// word or words (compared by words, without case: <c>license key</c> makes <c>LicenseKey</c> and <c>LICENSE_KEY</c> count).
        /// </summary>
        public const string CredentialWordsOption = "airflowsecrets.credential_words";

        /// <summary>
        /// <c>airflowsecrets.placeholder_pattern = ^demo-|-sandbox$</c>: a .NET regular expression (case-insensitive);
        /// a value it matches is a placeholder, never a credential.
        /// </summary>
        public const string PlaceholderPatternOption = "airflowsecrets.placeholder_pattern";

        private static readonly char[] ListSeparators = { ',', ';' };

        /// <summary>The vocabulary with nothing added.</summary>
        public static Vocabulary Default { get; } = new(ImmutableArray<ImmutableArray<string>>.Empty, null);

        private Vocabulary(ImmutableArray<ImmutableArray<string>> extraCredentialWords, Regex? placeholderPattern)
        {
            ExtraCredentialWords = extraCredentialWords;
            PlaceholderPattern = placeholderPattern;
        }

        /// <summary>User-given credential words, each as the lower-case words a name must end with.</summary>
        public ImmutableArray<ImmutableArray<string>> ExtraCredentialWords { get; }

        /// <summary>The user-given placeholder pattern, or <c>null</c>.</summary>
        public Regex? PlaceholderPattern { get; }

        /// <summary>This vocabulary with a project's additions; an invalid pattern is ignored (the rules stay as they are).</summary>
        public static Vocabulary WithOptions(string? credentialWords, string? placeholderPattern)
        {
            ImmutableArray<ImmutableArray<string>> words = (credentialWords ?? string.Empty)
                .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => CredentialNames.Words(w.Trim()).ToImmutableArray())
                .Where(w => w.Length > 0)
                .ToImmutableArray();
            Regex? pattern = null;
            if (!string.IsNullOrWhiteSpace(placeholderPattern))
            {
                try
                {
                    pattern = new Regex(placeholderPattern!.Trim(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
                }
                catch (ArgumentException)
                {
                    pattern = null;
                }
            }

            return words.IsEmpty && pattern is null ? Default : new Vocabulary(words, pattern);
        }

        // ---- Names ----

        /// <summary>A last word that is a credential by itself.</summary>
        public static readonly ImmutableHashSet<string> CredentialWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "password", "passwd", "pwd", "passphrase", "passcode", "secret", "apikey", "accountkey", "sharedaccesskey",
            "clientsecret", "secretkey", "privatekey", "accesskey", "masterkey", "primarykey", "secondarykey", "sas",
            "sastoken", "accesstoken", "refreshtoken", "bearertoken", "authtoken", "fernetkey", "signingkey", "pass", "pw");

        /// <summary>
        /// Credential word pairs that make a name a credential wherever they stand, when the name ends in a word that
        /// still denotes the value (ClientSecretValue, PasswordBytes, authKeyOrResourceToken).
        /// </summary>
        public static readonly ImmutableArray<(string First, string Second)> CredentialPairs = ImmutableArray.Create(
            ("client", "secret"), ("account", "key"), ("auth", "key"), ("master", "key"),
            ("access", "key"), ("api", "key"), ("shared", "key"), ("private", "key"));

        /// <summary>Last words that still denote the value after a credential pair (PasswordBytes, ClientSecretValue).</summary>
        public static readonly ImmutableHashSet<string> ValueWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "value", "text", "data", "bytes", "raw", "plain", "plaintext", "hex", "base64", "b64", "token", "string", "str", "literal", "secret");

        /// <summary>The word before "key" that makes it a credential (api key, account key...); a word ending in one counts too (rapidapi key).</summary>
        public static readonly ImmutableHashSet<string> KeyQualifiers = ImmutableHashSet.Create(StringComparer.Ordinal,
            "api", "account", "access", "secret", "private", "shared", "master", "primary", "secondary", "signing", "fernet",
            "subscription", "storage", "encryption", "app", "application", "function", "host", "admin", "auth");

        /// <summary>Stores whose "storage key" is an entry's name (session storage, local storage, browser storage), not a storage account key.</summary>
        public static readonly ImmutableHashSet<string> ClientStores = ImmutableHashSet.Create(StringComparer.Ordinal, "session", "local", "browser", "cache");

        /// <summary>
        /// The word before "key" that makes it public by design: a CAPTCHA's site key (reCAPTCHA, hCaptcha, Turnstile),
        /// which the page sends to the browser, and a publishable key (its secret key is the credential).
        /// </summary>
        public static readonly ImmutableHashSet<string> PublicKeyQualifiers = ImmutableHashSet.Create(StringComparer.Ordinal, "site", "publishable");

        /// <summary>The word before "token" that makes it a credential.</summary>
        public static readonly ImmutableHashSet<string> TokenQualifiers = ImmutableHashSet.Create(StringComparer.Ordinal,
            "access", "auth", "bearer", "refresh", "api", "sas", "secret", "session", "personal", "private", "id", "github", "bot");

        /// <summary>The word before "signature" or "sig" that makes it a shared access signature (a D-Bus or XML signature is not one).</summary>
        public static readonly ImmutableHashSet<string> SignatureQualifiers = ImmutableHashSet.Create(StringComparer.Ordinal, "sas", "access", "shared");

        /// <summary>
        /// Words that make a credential-sounding name hold something that is not the secret itself: its hash, its
        /// encrypted or wrapped form, the public half (<c>MasterPasswordHash</c>, <c>EncryptedPrivateKey</c>, <c>PublicKey</c>).
        /// </summary>
        public static readonly ImmutableHashSet<string> NotTheSecretWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "hash", "hashed", "hashes", "salt", "salted", "digest", "checksum", "fingerprint", "thumbprint", "encrypted", "wrapped",
            "cipher", "ciphertext", "protected", "public", "masked", "mask", "redacted", "obfuscated", "kdf", "iterations",
            "md5", "sha1", "sha256", "sha384", "sha512", "spki", "hpkp");

        /// <summary>
        /// Words that make a name hold a digest when its value has a digest's shape (base64 of 32 or 64 bytes): a
        /// certificate pin (<c>Pins</c>, <c>BackupPin</c>). Not in <see cref="NotTheSecretWords"/>, since a numeric PIN
        /// under such a name is one (a project adds <c>pin</c> as a credential word).
        /// </summary>
        public static readonly ImmutableHashSet<string> DigestWords = ImmutableHashSet.Create(StringComparer.Ordinal, "pin", "pins", "pinned", "pinning");

        /// <summary>
        /// Words that make a credential-sounding name name a case rather than hold a usable credential: an error code
        /// or message (<c>InvalidClientSecret = "AADSTS7000215"</c>, <c>B2CForgottenPassword</c>), a value meant to fail
        /// (<c>_badApiKey</c>, <c>WrongPassword</c>).
        /// </summary>
        public static readonly ImmutableHashSet<string> CaseWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "invalid", "forgotten", "forgot", "expired", "revoked", "bad", "wrong", "incorrect", "missing", "unknown", "mismatch",
            "mismatched", "error", "errors", "rejected", "malformed", "unauthorized");

        /// <summary>
        /// Last words that make a name hold what is not a credential, whatever it is passed to: an identifier, a name, an
        /// address (<c>ClientId</c> sent as a service's <c>api-key</c> header is the public half of the credential).
        /// </summary>
        public static readonly ImmutableHashSet<string> NotACredentialLastWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "id", "ids", "identifier", "name", "names", "url", "uri", "path", "type", "header", "claim", "label", "title", "description");

        /// <summary>
        /// The credential kinds a service issues (tokens, API keys): their values are machine-generated, so a value of
        /// words (<c>valid-token</c>, <c>assertion</c>, <c>at+jwt</c>) or a phrase in digits for letters stands in for one.
        /// Chosen credentials (passwords, client secrets, signing keys) count weak and worded.
        /// </summary>
        public static readonly ImmutableHashSet<string> IssuedKinds = ImmutableHashSet.Create(StringComparer.Ordinal,
            "A token", "A shared access signature", "An API key");

        /// <summary>Words marking a name as one for values received from outside, which a written value is checked against (<c>input == "…"</c>).</summary>
        public static readonly ImmutableHashSet<string> InboundWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "input", "provided", "supplied", "entered", "given", "candidate", "incoming", "received", "attempt", "guess", "presented");

        // ---- Values ----

        /// <summary>
        /// Words that mark a value as made up wherever they stand as a word: <c>fake-client-secret</c>, <c>test123</c>,
        /// <c>Wrong-Password-For-Cert</c>, <c>not-a-real-secret</c>.
        /// </summary>
        public static readonly ImmutableHashSet<string> DummyMarkers = ImmutableHashSet.Create(StringComparer.Ordinal,
            "fake", "dummy", "test", "testing", "sample", "example", "placeholder", "changeme", "replaceme", "replace", "todo", "tbd",
            "redacted", "your", "mock", "stub", "notasecret", "none", "null", "undefined", "xxx", "foo", "bar", "baz", "demo",
            "something", "lorem", "ipsum", "blah", "obfuscated", "masked", "hidden", "wrong", "invalid", "incorrect", "bogus", "unusable", "hashed", "encrypted", "existing", "hash",
            "string");

        /// <summary>
        /// Words that make a phrase say what a test expects of a value (<c>must-not-leave-the-server</c>,
        /// <c>not-allowed</c>, <c>different-signing-key-must-be-long</c>): modal and negating words and verdicts. A
        /// chosen passphrase is made of ordinary words (<c>velvet-orbit-canyon-maple</c>) and has none of them.
        /// </summary>
        public static readonly ImmutableHashSet<string> IntentWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "must", "should", "shall", "not", "never", "cannot", "allowed", "disallowed", "forbidden", "denied", "invalid",
            "wrong", "different", "unexpected", "rejected", "fail", "fails", "leak", "leaks", "leaked", "mismatch");

        /// <summary>Names of encodings and formats a test phrase may name (<c>not-base64</c>, <c>invalid-json</c>), digits and all.</summary>
        public static readonly ImmutableHashSet<string> FormatWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "base64", "base64url", "base32", "hex", "json", "xml", "utf8", "ascii", "pem", "der", "x509", "sha1", "sha256", "sha512", "md5", "guid", "uuid", "jwt");

        /// <summary>
        /// A feature flag's or option's state: under a credential-sounding setting name (<c>Auth:Password</c>,
        /// <c>RequireClientSecret</c>) such a value switches something, it is not a credential.
        /// </summary>
        public static readonly ImmutableHashSet<string> SwitchValues = ImmutableHashSet.Create(StringComparer.Ordinal,
            "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "enable", "disable", "required", "optional");

        /// <summary>Dummy markers that make a value made up even beside digits and symbols (<c>-----BEGIN FAKE KEY-----…</c>, <c>example///example=</c>).</summary>
        public static readonly ImmutableHashSet<string> StrongDummyMarkers = ImmutableHashSet.Create(StringComparer.Ordinal,
            "fake", "dummy", "example", "sample", "placeholder", "notasecret", "redacted", "changeme", "replaceme", "bogus");

        /// <summary>
        /// Words that, with the credential words, describe a value instead of being one: <c>new-password</c>,
        /// <c>SuperSecretP@ssw0rd!</c>, <c>CurrentP@ss1!</c>, <c>value1</c>, <c>secret2</c>.
        /// </summary>
        public static readonly ImmutableHashSet<string> StandInWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "my", "your", "our", "the", "a", "an", "some", "new", "old", "original", "current", "previous", "first", "second",
            "third", "other", "different", "another", "default", "valid", "correct", "good", "bad", "super", "strong", "weak",
            "secure", "here", "enter", "insert", "value", "real", "not", "is", "this", "for", "of", "user", "very", "top", "abc", "xyz",
            "qwerty", "asdf", "key", "keys", "token", "tokens", "secret", "secrets", "password", "passwords", "passwd", "pwd",
            "pass", "pw", "passphrase", "passcode", "credential", "credentials", "cred", "creds", "pin", "apikey", "api", "private",
            "client", "access", "auth", "login", "sig", "signature", "sk", "pk", "ak", "one", "two", "three", "random", "auto", "generate", "generated",
            "no", "encryption", "here", "should", "be", "rejected", "accepted", "ignored", "long", "short", "ok", "assertion");

        /// <summary>The credential words a value may be made of when it only names or describes a credential.</summary>
        public static readonly ImmutableArray<string> CredentialWordsInValues = ImmutableArray.Create(
            "password", "passwd", "passphrase", "passcode", "secret", "apikey", "accesskey", "privatekey", "token", "credential", "key", "pwd");

        /// <summary>
        /// Values published by their vendors for local emulators and documentation: the Azurite / Storage Emulator key,
        /// the Cosmos DB emulator key, the example TOTP secret of the Google Authenticator key URI documentation, the
        /// keys of published test vectors.
        /// </summary>
        public static readonly ImmutableHashSet<string> WellKnownPublicValues = ImmutableHashSet.Create(StringComparer.Ordinal,
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            "JBSWY3DPEHPK3PXP",
            // The examples of the OAuth 2.0 (RFC 6749, RFC 6750) and OpenID Connect specifications, which libraries'
            // tests and documentation reuse: access and refresh tokens, codes, the client secret and the password grant's password.
            "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "SplxlOBeZQQYbYS6WxSbIA", "SlAV32hkKG", "8xLOxBtZp8",
            "mF_9.B5f-4.1JqM", "gX1fBat3bV", "7Fjfp0ZBr1KtDRbnfVdmIw", "A3ddj3w",
            // The examples of the SASL mechanisms' RFCs, which mail and messaging libraries' tests reuse: CRAM-MD5's
            // password (RFC 2195), SCRAM's (RFC 5802, RFC 7677) and OAUTHBEARER's token (RFC 7628). DIGEST-MD5's
            // (RFC 2831) is the credential word itself.
            "tanstaaftanstaaf", "pencil", "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
            // The example key pair of AWS's documentation (CLI, SDK and IAM guides).
            "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            // The keys of the HMAC test vectors of RFC 2202 and RFC 4231 (the repeated 0x0b and 0xaa keys are runs, which
            // IsTrivial already takes): "Jefe" and 0x01..0x19, as text and as hex.
            "Jefe", "0102030405060708090a0b0c0d0e0f10111213141516171819", "0102030405060708090A0B0C0D0E0F10111213141516171819",
            // The AES-128 key of the FIPS-197 (Appendix B) and NIST SP 800-38A test vectors.
            "2b7e151628aed2a6abf7158809cf4f3c", "2B7E151628AED2A6ABF7158809CF4F3C");

        /// <summary>
        /// Signatures of JSON Web Tokens published as examples (jwt.io's default token): a token carrying one is the example.
        /// </summary>
        public static readonly ImmutableArray<string> WellKnownTokenSignatures = ImmutableArray.Create(
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");

        /// <summary>
        /// Default accounts whose documented password is the user name: RabbitMQ's guest/guest, ActiveMQ's admin/admin,
        /// ActiveMQ Artemis' container artemis/artemis, MinIO's minioadmin/minioadmin, LocalStack's test/test. Such a
        /// value beside the same user name is the published default of a local broker or emulator; the same word as a
        /// password for another user is a weak password and stays reported.
        /// </summary>
        public static readonly ImmutableHashSet<string> DefaultUserPasswords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "guest", "admin", "artemis", "minioadmin", "test");

        /// <summary>Connection-string and query keys that hold the user name a password goes with.</summary>
        public static readonly ImmutableHashSet<string> UserKeys = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "user", "userid", "username", "uid", "login", "usr");

        /// <summary>
        /// Values every tutorial uses as the example of a password, which stand for one and are not one: and the HTTP Basic
        /// specifications' example (RFC 2617 and RFC 7617: user Aladdin, password "open sesame").
        /// </summary>
        public static readonly ImmutableHashSet<string> WellKnownDummies = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "hunter2", "correcthorsebatterystaple", "correct horse battery staple", "open sesame");

        /// <summary>Keyboard and counting runs that test code types as a stand-in (<c>asdf</c>, <c>qwerty</c>, <c>12345</c>, <c>abcdef</c>).</summary>
        public static readonly ImmutableArray<string> Runs = ImmutableArray.Create(
            "0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "9876543210", "!@#$%^&*()");

        // ---- Entries and text ----

        /// <summary>Environment variables that hold secrets whatever their values look like.</summary>
        public static readonly ImmutableHashSet<string> SecretEnvironmentVariables = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "AZURE_CLIENT_SECRET", "AZURE_PASSWORD", "AZURE_CLIENT_CERTIFICATE_PASSWORD", "AIRFLOW__CORE__FERNET_KEY",
            "AIRFLOW__WEBSERVER__SECRET_KEY", "AIRFLOW__API__SECRET_KEY", "AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__CORE__INTERNAL_API_SECRET_KEY",
            // Passwords command-line tools read from their environment, run together as one word (libpq's pg_dump / psql,
            // mysql, redis-cli, sshpass, sqlcmd, rclone).
            "PGPASSWORD", "MYSQL_PWD", "REDISCLI_AUTH", "SSHPASS", "SQLCMDPASSWORD", "RCLONE_CONFIG_PASS");

        /// <summary>
        /// Client tools whose password is a short option on their command line, and how it is written: MySQL's and
        /// MariaDB's clients take it attached (<c>-pSECRET</c>; <c>-p</c> then a space prompts for it, and the next word is
        /// the database), the MongoDB shell and tools, sshpass, redis-cli and a registry login after the option (<c>-p SECRET</c>, <c>-a SECRET</c>).
        /// </summary>
        public static readonly ImmutableDictionary<string, (string Option, bool Attached)> PasswordOptions = new Dictionary<string, (string, bool)>(StringComparer.OrdinalIgnoreCase)
        {
            ["mysql"] = ("-p", true), ["mysqldump"] = ("-p", true), ["mysqladmin"] = ("-p", true), ["mysqlimport"] = ("-p", true),
            ["mysqlcheck"] = ("-p", true), ["mysqlpump"] = ("-p", true), ["mariadb"] = ("-p", true), ["mariadb-dump"] = ("-p", true),
            ["mariadb-admin"] = ("-p", true), ["mongo"] = ("-p", false), ["mongosh"] = ("-p", false), ["mongodump"] = ("-p", false),
            ["mongorestore"] = ("-p", false), ["mongoexport"] = ("-p", false), ["mongoimport"] = ("-p", false), ["sshpass"] = ("-p", false),
            ["redis-cli"] = ("-a", false), ["docker login"] = ("-p", false), ["podman login"] = ("-p", false),
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

        /// <summary>Connection-string keywords whose value is a credential (compared without case, spaces or underscores).</summary>
        public static readonly ImmutableHashSet<string> ConnectionStringKeys = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "password", "pwd", "accountkey", "sharedaccesskey", "appkey", "secret", "sharedaccesssignature", "clientsecret",
            "userpassword", "accesskey", "apikey", "primarykey", "authkey");

        /// <summary>Query-string and form parameters whose value is a credential.</summary>
        public static readonly ImmutableHashSet<string> QueryKeys = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "sig", "password", "pwd", "client_secret", "clientsecret", "secret", "api_key", "apikey", "access_token", "code_verifier_secret", "key");

        /// <summary>Where a value is read from at run time, after "from" in a value that names its source (ValueFromConfiguration).</summary>
        public static readonly ImmutableHashSet<string> SourceWords = ImmutableHashSet.Create(StringComparer.Ordinal,
            "env", "environment", "configuration", "config", "vault", "keyvault", "secrets", "user", "file", "settings", "parameter", "parameters");

        /// <summary>Words (by their start, any case) of code that exercises a password validator or strength check, where a password-rule probe is input.</summary>
        public static readonly ImmutableArray<string> ValidatorWords = ImmutableArray.Create("validat", "strength", "complexity", "requirement", "policy");

        /// <summary>Header names that carry a credential scheme and token (<c>Bearer …</c>, <c>Basic …</c>).</summary>
        public static readonly ImmutableHashSet<string> AuthorizationHeaders = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "Authorization", "Proxy-Authorization");

        // ---- Known formats ----

        public static readonly ImmutableArray<string> GitHubPrefixes = ImmutableArray.Create("ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_");

        public static readonly ImmutableArray<string> SlackPrefixes = ImmutableArray.Create("xoxb-", "xoxp-", "xoxa-", "xoxr-");

        public const string GoogleClientSecretPrefix = "GOCSPX-";

        public static readonly ImmutableArray<string> StripePrefixes = ImmutableArray.Create("sk_live_", "rk_live_");

        /// <summary>
        /// Prefixes of keys public by design: Stripe's publishable keys, which Stripe.js receives in the browser
        /// (secret and restricted keys, sk_ and rk_, are the secrets).
        /// </summary>
        public static readonly ImmutableArray<string> PublicByDesignPrefixes = ImmutableArray.Create("pk_live_", "pk_test_");

        /// <summary>Whether a name's words end with one of the user's credential words.</summary>
        public bool EndsWithExtraCredentialWord(List<string> words)
        {
            foreach (ImmutableArray<string> extra in ExtraCredentialWords)
            {
                if (extra.Length > words.Count) continue;
                bool match = true;
                for (int i = 0; i < extra.Length && match; i++) match = words[words.Count - extra.Length + i] == extra[i];
                if (match) return true;
            }

            return false;
        }

        /// <summary>Whether the user's placeholder pattern matches the value (a pattern that runs too long does not).</summary>
        public bool MatchesPlaceholderPattern(string value)
        {
            if (PlaceholderPattern is null) return false;
            try
            {
                return PlaceholderPattern.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
