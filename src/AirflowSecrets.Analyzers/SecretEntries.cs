using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AirflowSecrets.Analyzers
{
    /// <summary>Environment variables and configuration entries whose values are secrets.</summary>
    internal static class SecretEntries
    {
        // NAME=value as in a .env file, a Dockerfile ENV line or a shell export, one per line.
        private static readonly Regex Assignment = new(@"^[ \t]*(?:export[ \t]+|ENV[ \t]+|set[ \t]+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(?<value>""[^""\n]*""|'[^'\n]*'|[^\s'"";]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        // NAME=value inside a command line: docker -e NAME=value, helm --set name=value, --build-arg NAME=value.
        private static readonly Regex InlineAssignment = new(@"(?<=[\s""'])(?<name>[A-Za-z_][A-Za-z0-9_.]*)=(?<value>""[^""\n]*""|'[^'\n]*'|[^\s'"",]+)", RegexOptions.CultureInvariant);

        // az keyvault secret set … --value …: the value of a Key Vault secret.
        private static readonly Regex KeyVaultSecretSet = new(@"\bsecret\s+set\b.*?\s--value[\s=]+(?<value>""[^""]*""|'[^']*'|\S+)", RegexOptions.CultureInvariant | RegexOptions.Singleline);

        // --client-secret=value as on a command line.
        private static readonly Regex Flag = new(@"(?:^|\s)--(?<name>[a-z][a-z0-9-]*)(?<separator>=|\s+)(?<value>[^-\s]\S*)", RegexOptions.CultureInvariant);

        // The metavariable of usage text: --password PASSWORD, --client-secret <secret>, -P SECRET.
        private static readonly Regex MetaVariable = new(@"^[A-Z][A-Z0-9_]*$", RegexOptions.CultureInvariant);

        // sqlcmd / bcp: -U user -P password (a -P without -U is some other tool's flag).
        private static readonly Regex SqlCmdPassword = new(@"(?:^|\s)-P\s*(?<value>[^-\s]\S*)", RegexOptions.CultureInvariant);
        private static readonly Regex SqlCmdUser = new(@"(?:^|\s)-U\s*\S", RegexOptions.CultureInvariant);

        /// <summary>Whether an environment variable or configuration key names a secret value.</summary>
        public static bool IsSecret(Vocabulary vocabulary, string name) =>
            Vocabulary.SecretEnvironmentVariables.Contains(name) || (!IsAirflowIndirection(name) && CredentialNames.IsCredential(vocabulary, LastSegment(name)));

        // AIRFLOW__CORE__FERNET_KEY_CMD, AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET: Airflow reads the option from the
        // command's output or from the secrets backend's entry of that name; the value is a command or a name. An option
        // whose own name ends so (AIRFLOW__API_AUTH__JWT_SECRET, listed in Vocabulary.SecretEnvironmentVariables) holds the secret.
        private static bool IsAirflowIndirection(string name) =>
            name.StartsWith("AIRFLOW__", StringComparison.OrdinalIgnoreCase) && (name.EndsWith("_CMD", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_SECRET", StringComparison.OrdinalIgnoreCase))
            && name.Substring(9).IndexOf("__", StringComparison.Ordinal) > 0;

        /// <summary>An entry named a bare token or key (<c>AIRFLOW_VAR_WEBHOOK_TOKEN</c>, <c>Signing:Key</c>): a secret when its value looks random.</summary>
        public static bool IsBareTokenOrKey(Vocabulary vocabulary, string name) => CredentialNames.IsBareTokenOrKey(vocabulary, LastSegment(name));

        // The part of a configuration key or environment variable that names the value: after the last ':' and, outside
        // Airflow's own AIRFLOW__SECTION__KEY form, after the last "__".
        private static string LastSegment(string name)
        {
            string last = name;
            int colon = name.LastIndexOf(':');
            if (colon >= 0) last = name.Substring(colon + 1);
            int section = last.LastIndexOf("__", StringComparison.Ordinal);
            if (section >= 0 && !name.StartsWith("AIRFLOW__", StringComparison.OrdinalIgnoreCase)) last = last.Substring(section + 2);
            return last;
        }

        /// <summary>The name of a secret variable given a written value in text (<c>AZURE_CLIENT_SECRET=…</c> on a line or in a command line, <c>--password=…</c>, <c>--password …</c>, sqlcmd's <c>-P …</c>, <c>az keyvault secret set … --value …</c>), or <c>null</c>.</summary>
        public static string? AssignedInText(Vocabulary vocabulary, string text)
        {
            if (text.IndexOf('-') >= 0)
            {
                foreach (Match match in Flag.Matches(text))
                {
                    // --password=PASSWORD is a value; --password PASSWORD is usage text. A specification of key=value
                    // pairs naming the secret (docker's --secret id=npmrc,src=~/.npmrc) holds none.
                    if (IsSpecification(vocabulary, FlagValue(match))) continue;
                    bool written = match.Groups["separator"].Value == "="
                        ? !ValueFilters.IsNotASecret(vocabulary, FlagValue(match))
                        : IsWrittenArgument(vocabulary, match) && !IsProse(text);
                    if (written && CredentialNames.IsCredential(vocabulary, match.Groups["name"].Value)) return "--" + match.Groups["name"].Value;
                }

                Match sqlcmd = SqlCmdPassword.Match(text);
                if (sqlcmd.Success && SqlCmdUser.IsMatch(text) && IsWrittenArgument(vocabulary, sqlcmd)) return "-P";

                if (ShortPasswordOption(vocabulary, text) is string option) return option;

                Match secretSet = KeyVaultSecretSet.Match(text);
                if (secretSet.Success && IsWrittenArgument(vocabulary, secretSet)) return "--value";
            }

            if (text.IndexOf('=') > 0 && text.IndexOf(' ') > 0)
            {
                foreach (Match match in InlineAssignment.Matches(text))
                {
                    // After a quote only a variable in capitals (bash -c "PGPASSWORD=… pg_dump"): "Password=…;" there is a
                    // piece of a connection string written in code text.
                    if (text[match.Index - 1] is '"' or '\'' && !match.Groups["name"].Value.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_')) continue;
                    if (IsSecret(vocabulary, match.Groups["name"].Value) && !ValueFilters.IsNotASecret(vocabulary, Unquote(match.Groups["value"].Value))) return match.Groups["name"].Value;
                }
            }

            if (text.IndexOf('=') < 0) return null;
            foreach (Match match in Assignment.Matches(text))
            {
                if (IsSecret(vocabulary, match.Groups["name"].Value) && !ValueFilters.IsNotASecret(vocabulary, WholeValue(text, match.Groups["value"]))) return match.Groups["name"].Value;
            }

            return null;
        }

        // mysql -u root -pSECRET, sshpass -p SECRET ssh …, redis-cli -a SECRET: a client tool's short password option
        // (Vocabulary.PasswordOptions), up to the end of that command (|, &&, ;). Arguments alone in MySQL's form, a user
        // option and then -p with a value of letters attached (-u root -pSECRET, a process's argument list), count too.
        private static string? ShortPasswordOption(Vocabulary vocabulary, string text)
        {
            if (text.IndexOf("-p", StringComparison.Ordinal) < 0 && text.IndexOf("-a ", StringComparison.Ordinal) < 0 && text.IndexOf("-u", StringComparison.Ordinal) < 0) return null;
            string[] tokens = text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
            (string Option, bool Attached)? tool = null;
            bool user = false;
            for (int i = 0; i < tokens.Length; i++)
            {
                string token = Unquote(tokens[i]);
                if (token is "|" or "||" or "&&" or ";" or "&")
                {
                    tool = null;
                    user = false;
                    continue;
                }

                string command = token.Substring(token.LastIndexOfAny(PathSeparators) + 1);
                if (command.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)) command = command.Substring(0, command.Length - 4);
                if (Vocabulary.PasswordOptions.TryGetValue(command, out (string Option, bool Attached) found)
                    || (i > 0 && Vocabulary.PasswordOptions.TryGetValue(Unquote(tokens[i - 1]) + " " + command, out found)))
                {
                    tool = found;
                    continue;
                }

                // curl -u deploy:SECRET, wget --user … (and docker run -u 1000:1000, which the filters leave): user:password.
                if ((token == "-u" || token == "--user") && i + 1 < tokens.Length && UserPassword(vocabulary, Unquote(tokens[i + 1]))) return token;
                if (token == "-u" || (token.StartsWith("-u", StringComparison.Ordinal) && token.Length > 2 && char.IsLetter(token[2]))) user = true;
                (string Option, bool Attached) form = tool ?? ("-p", true);
                if (tool is null && !user) continue;
                if (!token.StartsWith(form.Option, StringComparison.Ordinal)) continue;
                bool separated = token.Length == form.Option.Length;
                string value = (separated ? i + 1 < tokens.Length ? Unquote(tokens[i + 1]) : string.Empty : token.Substring(form.Option.Length)).TrimEnd('"', '\'', ',', ';', ')');
                // After mysql's bare -p the next word is the database; with no tool named, -u user -p SECRET (a registry
                // login's arguments) counts for a generated-looking value only.
                if (separated && form.Attached && !(tool is null && ValueFilters.LooksRandom(value))) continue;
                if (value.Length == 0 || value[0] == '-' || MetaVariable.IsMatch(value) || !value.Any(char.IsLetter) || ValueFilters.IsNotASecret(vocabulary, value)) continue;
                return form.Option;
            }

            return null;
        }

        private static readonly char[] PathSeparators = { '/', '\\' };

        private static bool UserPassword(Vocabulary vocabulary, string value)
        {
            int colon = value.IndexOf(':');
            if (colon <= 0 || colon == value.Length - 1) return false;
            string user = value.Substring(0, colon), password = value.Substring(colon + 1).TrimEnd('"', '\'', ',', ';', ')');
            return password.Any(char.IsLetter) && !MetaVariable.IsMatch(password) && !string.Equals(user, password, StringComparison.OrdinalIgnoreCase)
                && !ValueFilters.IsNotASecret(vocabulary, password);
        }

        /// <summary>A command-line option that takes a credential as its next argument: <c>--password</c>, <c>--client-secret</c>, <c>-Password</c>.</summary>
        public static bool IsCredentialOption(Vocabulary vocabulary, string argument)
        {
            if (argument.Length < 3 || argument[0] != '-' || argument.IndexOf('=') >= 0 || argument.IndexOf(' ') >= 0) return false;
            string name = argument.TrimStart('-');
            return name.Length > 1 && CredentialNames.IsCredential(vocabulary, name);
        }

        // A sentence that mentions an option ("try adding --passphrase to decrypt files"), not a command line: four or
        // more plain words, making up half of the text.
        private static bool IsProse(string text)
        {
            string[] tokens = text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
            int words = 0;
            foreach (string token in tokens)
            {
                string word = token.TrimEnd(',', '.', ';', ':', '!', '?');
                if (word.Length > 0 && word.All(char.IsLetter) && word.Any(char.IsLower)) words++;
            }

            return words >= 4 && words * 2 >= tokens.Length;
        }

        private static readonly char[] Whitespace = { ' ', '\t', '\n', '\r' };

        // An option's value as written, unquoted; a quote or bracket left over from the text around it (a command line
        // inside JSON: "… --password $GARNET_PASSWORD") is not part of it.
        private static string FlagValue(Match match)
        {
            string value = Unquote(match.Groups["value"].Value);
            return value.Length > 1 && value[0] != '"' && value[0] != '\'' ? value.TrimEnd('"', '\'', ',', ';', ')', ']', '}') : value;
        }

        // id=npmrc,type=file,src=/path/to/.npmrc: key=value pairs, none of whose keys names a secret.
        private static bool IsSpecification(Vocabulary vocabulary, string value)
        {
            if (value.IndexOf('=') <= 0) return false;
            foreach (string part in value.Split(','))
            {
                int equals = part.IndexOf('=');
                if (equals <= 0) return false;
                string key = part.Substring(0, equals);
                if (!key.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '-') || IsSecret(vocabulary, key) || CredentialNames.IsCredential(vocabulary, key)) return false;
            }

            return true;
        }

        // An option's value that is written out: not usage text's metavariable, not a placeholder or dummy.
        private static bool IsWrittenArgument(Vocabulary vocabulary, Match match)
        {
            string value = FlagValue(match);
            return !MetaVariable.IsMatch(value) && !ValueFilters.IsNotASecret(vocabulary, value);
        }

        // password = crypt(secret, password): a value cut inside a call is the call, to the end of its line.
        private static string WholeValue(string text, Group value)
        {
            string written = Unquote(value.Value);
            if (written.IndexOf('(') <= 0 || written.IndexOf(')') >= 0) return written;
            int end = text.IndexOf('\n', value.Index);
            return (end < 0 ? text.Substring(value.Index) : text.Substring(value.Index, end - value.Index)).Trim();
        }

        private static string Unquote(string value) =>
            value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0] ? value.Substring(1, value.Length - 2) : value;
    }
}
