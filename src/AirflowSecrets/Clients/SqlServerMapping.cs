using System;
using System.Collections.Generic;
using System.Globalization;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>MsSqlHook in Microsoft.Data.SqlClient terms, and the ODBC connection string OdbcHook builds.</summary>
    internal static class SqlServerMapping
    {
        private static readonly char[] KeywordSpecial = { '=', ';', '{', '}' };

        // DbApiHook's own settings: they shape the hook's SQL, not the connection.
        private static readonly HashSet<string> HookSettings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "sqlalchemy_scheme", "dbapi_driver", "placeholder", "insert_statement_format", "replace_statement_format",
            "escape_word_format", "escape_column_names", "dialect",
        };

        // pymssql.connect arguments that only shape the Python side (rows, types, transactions).
        private static readonly HashSet<string> PymssqlLocal = new HashSet<string>(StringComparer.Ordinal)
        {
            "charset", "as_dict", "tds_version", "autocommit", "use_datetime2", "arraysize",
        };

        // ODBC Driver for SQL Server keywords (mssql_python passes extras as such) → SqlClient keywords.
        private static readonly Dictionary<string, string> OdbcToSqlClient = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["TrustServerCertificate"] = "Trust Server Certificate",
            ["Encrypt"] = "Encrypt",
            ["Authentication"] = "Authentication",
            ["ApplicationIntent"] = "Application Intent",
            ["MultiSubnetFailover"] = "Multi Subnet Failover",
            ["LoginTimeout"] = "Connect Timeout",
            ["Connection Timeout"] = "Connect Timeout",
            ["Connect Timeout"] = "Connect Timeout",
            ["APP"] = "Application Name",
            ["WSID"] = "Workstation ID",
            ["Trusted_Connection"] = "Integrated Security",
            ["Language"] = "Current Language",
            ["ConnectRetryCount"] = "Connect Retry Count",
            ["ConnectRetryInterval"] = "Connect Retry Interval",
            ["HostNameInCertificate"] = "Host Name In Certificate",
            ["ServerCertificate"] = "Server Certificate",
            ["PacketSize"] = "Packet Size",
            ["ColumnEncryption"] = "Column Encryption Setting",
        };

        [System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS102", Justification = "Names of authentication methods (ODBC → SqlClient), not credentials.")]
        private static readonly Dictionary<string, string> Authentications = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["SqlPassword"] = "Sql Password",
            ["ActiveDirectoryPassword"] = "Active Directory Password",
            ["ActiveDirectoryIntegrated"] = "Active Directory Integrated",
            ["ActiveDirectoryInteractive"] = "Active Directory Interactive",
            ["ActiveDirectoryServicePrincipal"] = "Active Directory Service Principal",
            ["ActiveDirectoryMsi"] = "Active Directory Managed Identity",
            ["ActiveDirectoryManagedIdentity"] = "Active Directory Managed Identity",
            ["ActiveDirectoryDefault"] = "Active Directory Default",
            ["ActiveDirectoryDeviceCode"] = "Active Directory Device Code Flow",
            ["ActiveDirectoryWorkloadIdentity"] = "Active Directory Workload Identity",
        };

        public static ConnectionStringSettings MapSqlClient(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.SqlClient, options);
            string driver = "pymssql";
            if (x.TryGetIgnoreCase("dbapi_driver", out string driverKey, out PyValue driverValue) && driverValue.IsTruthy)
            {
                driver = (HookExtras.PyStr(driverValue) ?? string.Empty).ToLowerInvariant();
                if (driver != "pymssql" && driver != "mssql_python") throw x.ExtraError(driverKey, "is not a dbapi_driver MsSqlHook supports (pymssql, mssql_python)");
            }

            var keywords = new KeywordList();
            if (string.IsNullOrEmpty(connection.Host)) throw x.Error("host", "is not set; SqlClient needs a server name");
            keywords.Set("Data Source", DataSource(connection.Host!, connection.Port));
            string database = !string.IsNullOrEmpty(x.Options.Database) ? x.Options.Database! : connection.Schema ?? string.Empty;
            if (database.Length > 0) keywords.Set("Initial Catalog", database);
            if (!string.IsNullOrEmpty(connection.Login)) keywords.Set("User ID", connection.Login!);
            if (!string.IsNullOrEmpty(connection.Password)) keywords.Set("Password", connection.Password!, secret: true);

            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                string key = extra.Key;
                PyValue value = extra.Value;
                if (HookSettings.Contains(key))
                {
                    x.Note(key, "configures the hook, not the connection; left out");
                    continue;
                }

                if (driver == "mssql_python") MapOdbcKeyword(x, keywords, key, value);
                else MapPymssqlArgument(x, keywords, key, value);
            }

            return new ConnectionStringSettings(connection.ConnId, AirflowClientKind.SqlClient, keywords.ToList(), x.Notes.ToArray());
        }

        /// <summary><c>host,port</c> as SqlClient and mssql_python write it; an IPv6 literal in brackets.</summary>
        internal static string DataSource(string host, int? port)
        {
            string server = host.IndexOf(':') >= 0 && host[0] != '[' && System.Net.IPAddress.TryParse(host, out System.Net.IPAddress? address)
                && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + host + "]" : host;
            return port.HasValue ? server + "," + port.Value.ToString(CultureInfo.InvariantCulture) : server;
        }

        private static void MapPymssqlArgument(HookExtras x, KeywordList keywords, string key, PyValue value)
        {
            string field = HookExtras.Field(key);
            switch (key)
            {
                case "timeout":
                    keywords.Set("Command Timeout", x.Integer(key, value, "a number of seconds").ToString(CultureInfo.InvariantCulture));
                    return;
                case "login_timeout":
                    keywords.Set("Connect Timeout", x.Integer(key, value, "a number of seconds").ToString(CultureInfo.InvariantCulture));
                    return;
                case "appname":
                    keywords.Set("Application Name", x.Text(key, value));
                    return;
                case "read_only":
                    if (x.Flag(key, value)) keywords.Set("Application Intent", "ReadOnly");
                    return;
                case "encryption":
                    string mode = x.Text(key, value).ToLowerInvariant();
                    // FreeTDS encrypts without checking the server's certificate unless told where its CA is.
                    if (mode == "off" || mode == "request") keywords.Set("Encrypt", "False");
                    else if (mode == "require") { keywords.Set("Encrypt", "True"); keywords.Set("Trust Server Certificate", "True"); }
                    else throw x.Error(field, "is not a pymssql encryption (off, request, require)");
                    return;
                case "conn_properties":
                    throw x.Error(field, "runs SQL when pymssql connects; SqlClient has no equivalent (run it after opening)");
                default:
                    if (PymssqlLocal.Contains(key))
                    {
                        x.Note(key, "shapes pymssql's Python side; left out");
                        return;
                    }

                    throw x.Error(field, "is not a pymssql.connect argument (MsSqlHook passes every extra to pymssql, which refuses it)");
            }
        }

        private static void MapOdbcKeyword(HookExtras x, KeywordList keywords, string key, PyValue value)
        {
            if (value.Kind == PyKind.Null || (value.Kind == PyKind.String && value.String!.Length == 0)) return; // mssql_python drops None and ""
            string field = HookExtras.Field(key);
            if (!OdbcToSqlClient.TryGetValue(key, out string? name)) throw x.Error(field, "is not an ODBC keyword SqlClient has an equivalent for");
            string text = x.Text(key, value);
            switch (name)
            {
                case "Trust Server Certificate":
                case "Multi Subnet Failover":
                case "Integrated Security":
                    text = YesNo(x, field, text);
                    break;
                case "Encrypt":
                    text = text.ToLowerInvariant() switch
                    {
                        "yes" or "true" or "mandatory" => "True",
                        "no" or "false" or "optional" => "False",
                        "strict" => "Strict",
                        _ => throw x.Error(field, "is not an ODBC Encrypt value (yes, no, strict)"),
                    };
                    break;
                case "Authentication":
                    if (!Authentications.TryGetValue(text, out string? method)) throw x.Error(field, "is not an ODBC Authentication method SqlClient has an equivalent for");
                    text = method;
                    break;
                case "Connect Timeout":
                case "Connect Retry Count":
                case "Connect Retry Interval":
                case "Packet Size":
                    text = x.Integer(key, value, "an integer").ToString(CultureInfo.InvariantCulture);
                    break;
            }

            keywords.Set(name, text);
        }

        private static string YesNo(HookExtras x, string field, string text) => text.ToLowerInvariant() switch
        {
            "yes" or "true" => "True",
            "no" or "false" => "False",
            _ => throw x.Error(field, "is not yes or no"),
        };

        public static ConnectionStringSettings MapOdbc(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.Odbc, options);
            AirflowClientOptions o = x.Options;
            var keywords = new KeywordList();

            string? driver = o.OdbcDriver;
            if (x.TryGetIgnoreCase("driver", out string driverKey, out PyValue driverValue) && driverValue.IsTruthy)
            {
                if (AllowDriverInExtra(x, o)) driver = x.Text(driverKey, driverValue);
                else x.Note(driverKey, "is not used: Airflow's [providers.odbc] allow_driver_in_extra is off");
            }

            driver = StripDriver(driver);
            if (!string.IsNullOrEmpty(driver)) keywords.Append("DRIVER", driver!);

            string? dsn = o.OdbcDsn;
            if (string.IsNullOrEmpty(dsn) && x.TryGetIgnoreCase("dsn", out string dsnKey, out PyValue dsnValue) && dsnValue.IsTruthy) dsn = x.Text(dsnKey, dsnValue);
            if (!string.IsNullOrEmpty(dsn)) keywords.Append("DSN", dsn!.Trim());

            if (!string.IsNullOrEmpty(connection.Host)) keywords.Append("SERVER", connection.Host!);
            string? database = !string.IsNullOrEmpty(o.Database) ? o.Database : connection.Schema;
            if (!string.IsNullOrEmpty(database)) keywords.Append("DATABASE", database!);
            if (!string.IsNullOrEmpty(connection.Login)) keywords.Append("UID", connection.Login!);
            if (!string.IsNullOrEmpty(connection.Password)) keywords.Append("PWD", connection.Password!, secret: true);
            if (connection.Port.HasValue) keywords.Append("PORT", connection.Port.Value.ToString(CultureInfo.InvariantCulture));

            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                string lower = extra.Key.ToLowerInvariant();
                if (lower is "driver" or "dsn") continue;
                if (lower == "connect_kwargs")
                {
                    if (extra.Value.IsTruthy) throw x.ExtraError(extra.Key, "holds pyodbc.connect arguments (attrs_before, readonly, timeout…), which an ODBC connection string cannot carry");
                    continue;
                }

                if (lower is "sqlalchemy_scheme" or "placeholder")
                {
                    x.Note(extra.Key, "configures the hook, not the connection; left out");
                    continue;
                }

                if (extra.Key.Length == 0 || extra.Key.IndexOfAny(KeywordSpecial) >= 0 || extra.Key.Trim() != extra.Key)
                {
                    throw x.ExtraError(extra.Key, "cannot be an ODBC keyword (it is empty, or holds '=', ';', a brace or surrounding spaces)");
                }

                keywords.Append(extra.Key, x.Text(extra.Key, extra.Value), secret: LooksSecret(extra.Key));
            }

            return new ConnectionStringSettings(connection.ConnId, AirflowClientKind.Odbc, keywords.ToList(), x.Notes.ToArray());
        }

        private static bool LooksSecret(string key)
        {
            string k = key.ToLowerInvariant();
            return k is "pwd" or "password" || k.Contains("secret") || k.Contains("token") || k.Contains("key");
        }

        private static string? StripDriver(string? driver) =>
            string.IsNullOrEmpty(driver) ? null : driver!.Trim().TrimStart('{').TrimEnd('}').Trim();

        // Airflow's conf.getboolean: t/true/1 and f/false/0, any case; anything else is a configuration error.
        private static bool AllowDriverInExtra(HookExtras x, AirflowClientOptions o)
        {
            if (o.OdbcAllowDriverInExtra.HasValue) return o.OdbcAllowDriverInExtra.Value;
            string? raw = o.GetEnvironment("AIRFLOW__PROVIDERS_ODBC__ALLOW_DRIVER_IN_EXTRA");
            if (string.IsNullOrEmpty(raw)) return false;
            switch (raw!.Trim().ToLowerInvariant())
            {
                case "t": case "true": case "1": return true;
                case "f": case "false": case "0": return false;
                default:
                    throw x.Error("AIRFLOW__PROVIDERS_ODBC__ALLOW_DRIVER_IN_EXTRA", "is not a boolean Airflow accepts (true, false, t, f, 1, 0)");
            }
        }
    }
}
