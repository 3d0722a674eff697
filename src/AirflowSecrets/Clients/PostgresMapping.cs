using System;
using System.Collections.Generic;
using System.Globalization;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// PostgresHook.get_conn → psycopg → libpq, in Npgsql terms. The hook builds host, user, password, dbname and
    /// port from the fields, adds <c>options</c>, then writes every extra not in its ignored set over them; the
    /// driver drops <c>None</c> values, turns the rest into text with <c>str()</c> and libpq rejects keywords it
    /// does not know. Each libpq keyword is translated to its Npgsql keyword; one Npgsql lacks is an error.
    /// </summary>
    internal static class PostgresMapping
    {
        // PostgresHook's ignored extras (providers/postgres hooks/postgres.py): never passed to libpq.
        private static readonly HashSet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
        {
            "iam", "redshift", "redshift-serverless", "cursor", "cluster-identifier", "workgroup-name", "aws_conn_id",
            "sqlalchemy_scheme", "sqlalchemy_query", "azure_conn_id",
        };

        // DbApiHook's own settings: PostgresHook forwards them to libpq, which rejects them. They shape the hook's SQL,
        // not the connection, so they are left out (a deliberate difference), with a note.
        private static readonly HashSet<string> HookSettings = new HashSet<string>(StringComparer.Ordinal)
        {
            "placeholder", "insert_statement_format", "replace_statement_format", "escape_word_format", "escape_column_names", "dialect",
            "enable_log_db_messages",
        };

        // libpq keywords with no Npgsql equivalent that change how or where the connection is made.
        private static readonly HashSet<string> NoEquivalent = new HashSet<string>(StringComparer.Ordinal)
        {
            "hostaddr", "keepalives_count", "tcp_user_timeout", "replication", "sslcrl", "sslcrldir", "sslcertmode",
            "ssl_min_protocol_version", "ssl_max_protocol_version", "requirepeer", "service", "gsslib", "gssdelegation",
            "min_protocol_version", "max_protocol_version", "scram_client_key", "scram_server_key", "oauth_issuer", "oauth_client_id",
            "oauth_client_secret", "oauth_scope",
        };

        private static readonly Dictionary<string, string> Plain = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["options"] = "Options",
            ["application_name"] = "Application Name",
            ["client_encoding"] = "Client Encoding",
            ["passfile"] = "Passfile",
            ["krbsrvname"] = "Kerberos Service Name",
            ["sslcert"] = "SSL Certificate",
            ["sslkey"] = "SSL Key",
            ["sslrootcert"] = "Root Certificate",
        };

        public static ConnectionStringSettings Map(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.Npgsql, options);
            AirflowClientOptions o = x.Options;

            // The keyword arguments psycopg receives, in the hook's order; extras overwrite fields of the same name.
            var args = new List<KeyValuePair<string, PyValue>>();
            void Put(string key, PyValue value)
            {
                int at = args.FindIndex(a => a.Key == key);
                if (at >= 0) args[at] = new KeyValuePair<string, PyValue>(key, value);
                else args.Add(new KeyValuePair<string, PyValue>(key, value));
            }

            PyValue Str(string? s) => s is null ? PyValue.None : PyValue.FromString(s);
            Put("host", Str(connection.Host));
            Put("user", Str(connection.Login));
            Put("password", Str(connection.Password));
            Put("dbname", Str(!string.IsNullOrEmpty(o.Database) ? o.Database : connection.Schema));
            Put("port", connection.Port.HasValue ? PyValue.FromInt(connection.Port.Value) : PyValue.None);
            if (!string.IsNullOrEmpty(o.PostgresOptions)) Put("options", PyValue.FromString(o.PostgresOptions!));

            bool iam = false;
            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                if (extra.Key == "iam")
                {
                    iam = x.Flag("iam", extra.Value);
                    continue;
                }

                if (string.Equals(extra.Key, "cursor", StringComparison.OrdinalIgnoreCase))
                {
                    CheckCursor(x, extra.Key, extra.Value);
                    if (extra.Key == "cursor") continue;
                }

                if (Ignored.Contains(extra.Key))
                {
                    if (extra.Key != "cursor") x.Note(extra.Key, "is read by PostgresHook only for IAM or SQLAlchemy; left out");
                    continue;
                }

                if (HookSettings.Contains(extra.Key))
                {
                    x.Note(extra.Key, "configures the hook's SQL, not the connection; left out");
                    continue;
                }

                Put(extra.Key, extra.Value);
            }

            if (iam)
            {
                throw x.ExtraError("iam", "asks PostgresHook for an IAM token (AWS RDS, Redshift or Azure AD) in place of the password; "
                    + "Npgsql has no built-in equivalent: fetch the token yourself and pass it as the password (or through NpgsqlDataSourceBuilder.UsePasswordProvider)");
            }

            var keywords = new KeywordList();
            string? applicationName = null, fallbackApplicationName = null;
            bool keepaliveInterval = false, keepaliveIdle = false;
            foreach (KeyValuePair<string, PyValue> arg in args)
            {
                if (arg.Value.Kind == PyKind.Null) continue; // psycopg drops None
                string key = arg.Key;
                bool isField = key is "host" or "user" or "password" or "dbname" or "port";
                string field = isField && !x.TryGet(key, out _) ? FieldName(key) : HookExtras.Field(key);
                string text = arg.Value.Kind is PyKind.List or PyKind.Dict
                    ? throw x.Error(field, "is a JSON " + arg.Value.PythonTypeName + "; libpq takes text")
                    : HookExtras.PyStr(arg.Value)!;
                switch (key)
                {
                    case "host":
                        if (text.Length == 0) throw x.Error(field, "is empty; libpq would use its default Unix socket, Npgsql needs a host (give the socket directory, such as /var/run/postgresql)");
                        keywords.Set("Host", text);
                        break;
                    case "port":
                        keywords.Set("Port", Int(x, field, text, 0, 65535).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "dbname":
                        if (text.Length > 0) keywords.Set("Database", text);
                        break;
                    case "user":
                        if (text.Length > 0) keywords.Set("Username", text);
                        break;
                    case "password":
                        if (text.Length > 0) keywords.Set("Password", text, secret: true);
                        break;
                    case "sslpassword":
                        keywords.Set("SSL Password", text, secret: true);
                        break;
                    case "application_name":
                        applicationName = text;
                        break;
                    case "fallback_application_name":
                        fallbackApplicationName = text;
                        break;
                    case "sslmode":
                        keywords.Set("SSL Mode", Choice(x, field, text, "a libpq sslmode (disable, allow, prefer, require, verify-ca, verify-full)",
                            ("disable", "Disable"), ("allow", "Allow"), ("prefer", "Prefer"), ("require", "Require"), ("verify-ca", "VerifyCA"), ("verify-full", "VerifyFull")));
                        break;
                    case "requiressl":
                        if (Int(x, field, text, 0, 1) == 1 && !args.Exists(a => a.Key == "sslmode")) keywords.Set("SSL Mode", "Require");
                        break;
                    case "gssencmode":
                        keywords.Set("GSS Encryption Mode", Choice(x, field, text, "a libpq gssencmode (disable, prefer, require)", ("disable", "Disable"), ("prefer", "Prefer"), ("require", "Require")));
                        break;
                    case "channel_binding":
                        keywords.Set("Channel Binding", Choice(x, field, text, "a libpq channel_binding (disable, prefer, require)", ("disable", "Disable"), ("prefer", "Prefer"), ("require", "Require")));
                        break;
                    case "sslnegotiation":
                        keywords.Set("SSL Negotiation", Choice(x, field, text, "a libpq sslnegotiation (postgres, direct)", ("postgres", "Postgres"), ("direct", "Direct")));
                        break;
                    case "load_balance_hosts":
                        keywords.Set("Load Balance Hosts", Choice(x, field, text, "a libpq load_balance_hosts (disable, random)", ("disable", "False"), ("random", "True")));
                        break;
                    case "target_session_attrs":
                        keywords.Set("Target Session Attributes", Choice(x, field, text, "a libpq target_session_attrs (any, read-write, read-only, primary, standby, prefer-standby)",
                            ("any", "any"), ("read-write", "read-write"), ("read-only", "read-only"), ("primary", "primary"), ("standby", "standby"), ("prefer-standby", "prefer-standby")));
                        break;
                    case "require_auth":
                        keywords.Set("Require Auth", RequireAuth(x, field, text));
                        break;
                    case "connect_timeout":
                        // libpq: zero or less waits forever, 1 is raised to 2 seconds. Npgsql: 0 waits forever, at most 1024.
                        int timeout = Int(x, field, text, int.MinValue, int.MaxValue);
                        timeout = timeout <= 0 ? 0 : Math.Max(timeout, 2);
                        if (timeout > 1024) throw x.Error(field, "is above Npgsql's largest connection timeout (1024 seconds)");
                        keywords.Set("Timeout", timeout.ToString(CultureInfo.InvariantCulture));
                        break;
                    case "keepalives":
                        keywords.Set("TCP Keepalive", Int(x, field, text, int.MinValue, int.MaxValue) != 0 ? "True" : "False");
                        break;
                    case "keepalives_idle":
                        keepaliveIdle = true;
                        keywords.Set("TCP Keepalive Time", Int(x, field, text, 0, int.MaxValue).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "keepalives_interval":
                        keepaliveInterval = true;
                        keywords.Set("TCP Keepalive Interval", Int(x, field, text, 0, int.MaxValue).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "sslsni":
                        if (text.Trim() != "1") throw x.Error(field, "turns off SNI, which Npgsql always sends");
                        break;
                    case "sslcompression":
                        x.Note(key, "has had no effect since PostgreSQL 14; left out");
                        break;
                    case "sslrootcert" when text == "system":
                        x.Note(key, "'system' means the system's CAs, which Npgsql uses when no root certificate is given");
                        break;
                    case "database":
                        throw x.Error(field, "is not a libpq keyword (psycopg2 refuses it beside dbname); name the database in the schema");
                    default:
                        if (Plain.TryGetValue(key, out string? npgsql))
                        {
                            keywords.Set(npgsql, text);
                        }
                        else if (NoEquivalent.Contains(key))
                        {
                            throw x.Error(field, "is a libpq keyword with no Npgsql equivalent");
                        }
                        else
                        {
                            throw x.Error(field, "is not a libpq connection keyword: PostgresHook passes it to libpq, which refuses the connection");
                        }

                        break;
                }
            }

            if (keepaliveInterval && !keepaliveIdle)
            {
                throw x.ExtraError("keepalives_interval", "is set without keepalives_idle; Npgsql needs both (libpq would take the idle time from the system)");
            }

            if (applicationName != null || fallbackApplicationName != null) keywords.Set("Application Name", applicationName ?? fallbackApplicationName!);
            if (!keywords.Contains("Host")) throw x.Error("host", "is not set; libpq would use its default Unix socket, Npgsql needs a host");
            return new ConnectionStringSettings(connection.ConnId, AirflowClientKind.Npgsql, keywords.ToList(), x.Notes.ToArray());
        }

        private static void CheckCursor(HookExtras x, string key, PyValue value)
        {
            if (!value.IsTruthy) return;
            string name = (HookExtras.PyStr(value) ?? string.Empty).ToLowerInvariant();
            if (name is "dictcursor" or "realdictcursor" or "namedtuplecursor")
            {
                x.Note(key, "chooses Python's row shape; rows are read through the .NET API");
                return;
            }

            throw x.ExtraError(key, "names a cursor PostgresHook does not know (dictcursor, realdictcursor, namedtuplecursor)");
        }

        private static string FieldName(string arg) => arg switch
        {
            "user" => "login",
            "dbname" => "schema",
            _ => arg,
        };

        internal static int Int(HookExtras x, string field, string text, int min, int max)
        {
            if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            {
                throw x.Error(field, min == 0 && max == 65535 ? "is not a port number" : "is not an integer" + (min == 0 ? " of zero or more" : string.Empty));
            }

            return value;
        }

        internal static string Choice(HookExtras x, string field, string text, string what, params (string From, string To)[] choices)
        {
            foreach ((string from, string to) in choices)
            {
                if (text == from) return to;
            }

            throw x.Error(field, "is not " + what);
        }

        private static string RequireAuth(HookExtras x, string field, string text)
        {
            var names = new List<string>();
            foreach (string part in text.Split(','))
            {
                names.Add(Choice(x, field, part.Trim(), "a list of libpq authentication methods Npgsql can require (password, md5, gss, sspi, scram-sha-256, none)",
                    ("password", "Password"), ("md5", "MD5"), ("gss", "GSS"), ("sspi", "SSPI"), ("scram-sha-256", "ScramSHA256"), ("none", "None")));
            }

            return string.Join(",", names);
        }
    }
}
