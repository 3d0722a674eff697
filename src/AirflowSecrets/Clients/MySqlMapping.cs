using System;
using System.Collections.Generic;
using System.Globalization;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// MySqlHook.get_conn in MySqlConnector terms. With the default client (<c>mysqlclient</c>) the hook passes user,
    /// password (or ""), host (or localhost), db (or ""), port (or 3306) and only the extras <c>charset</c>,
    /// <c>cursor</c>, <c>ssl</c>, <c>ssl_mode</c>, <c>unix_socket</c> and <c>iam</c>; every other extra is dropped, here too.
    /// With <c>client: mysql-connector-python</c> it passes the fields and every extra whose key starts with <c>ssl_</c>.
    /// </summary>
    internal static class MySqlMapping
    {
        public static ConnectionStringSettings Map(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.MySql, options);
            string client = "mysqlclient";
            if (x.TryGet("client", out PyValue clientValue) && clientValue.IsTruthy)
            {
                client = HookExtras.PyStr(clientValue) ?? string.Empty;
                if (client != "mysqlclient" && client != "mysql-connector-python")
                {
                    throw x.ExtraError("client", "is not a MySQL client MySqlHook knows (mysqlclient, mysql-connector-python)");
                }
            }

            var keywords = new KeywordList();
            string host = string.IsNullOrEmpty(connection.Host) ? "localhost" : connection.Host!;
            keywords.Set("Server", host);
            keywords.Set("Port", (connection.Port ?? 3306).ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(connection.Login)) keywords.Set("User ID", connection.Login!);
            if (!string.IsNullOrEmpty(connection.Password)) keywords.Set("Password", connection.Password!, secret: true);
            string database = !string.IsNullOrEmpty(x.Options.Database) ? x.Options.Database! : connection.Schema ?? string.Empty;
            if (database.Length > 0) keywords.Set("Database", database);
            if (x.Options.MySqlLocalInfile) keywords.Set("Allow Load Local Infile", "True");

            if (client == "mysqlclient") MapMysqlclient(x, keywords);
            else MapConnector(x, keywords);
            return new ConnectionStringSettings(connection.ConnId, AirflowClientKind.MySql, keywords.ToList(), x.Notes.ToArray());
        }

        private static void MapMysqlclient(HookExtras x, KeywordList keywords)
        {
            if (x.Flag("iam"))
            {
                throw x.ExtraError("iam", "asks MySqlHook for an AWS RDS IAM token and the cleartext plugin in place of the password; "
                    + "MySqlConnector has no built-in equivalent: fetch the token yourself and pass it as the password");
            }

            bool sslModeSet = false;
            if (x.TryGet("ssl_mode", out PyValue mode) && mode.IsTruthy)
            {
                string text = x.Text("ssl_mode", mode);
                keywords.Set("SSL Mode", PostgresMapping.Choice(x, HookExtras.Field("ssl_mode"), text.ToUpperInvariant(),
                    "a MySQL ssl_mode (DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY)",
                    ("DISABLED", "None"), ("PREFERRED", "Preferred"), ("REQUIRED", "Required"), ("VERIFY_CA", "VerifyCA"), ("VERIFY_IDENTITY", "VerifyFull")));
                sslModeSet = true;
            }

            if (x.TryGet("ssl", out PyValue ssl) && ssl.IsTruthy)
            {
                PyValue document = x.DecodeIfString("ssl", ssl);
                if (document.Kind != PyKind.Dict) throw x.ExtraError("ssl", "is not an object of TLS settings (ca, cert, key)");
                bool hasCa = false;
                foreach (KeyValuePair<string, PyValue> entry in document.Entries!)
                {
                    string field = "extra 'ssl." + entry.Key + "'";
                    if (!entry.Value.IsTruthy) continue;
                    string text = HookExtras.PyStr(entry.Value) ?? throw x.Error(field, "is not text");
                    switch (entry.Key)
                    {
                        case "ca": keywords.Set("SSL CA", text); hasCa = true; break;
                        case "cert": keywords.Set("SSL Cert", text); break;
                        case "key": keywords.Set("SSL Key", text); break;
                        case "check_hostname":
                            throw x.Error(field, "has no MySqlConnector equivalent (use ssl_mode VERIFY_IDENTITY or VERIFY_CA)");
                        default:
                            throw x.Error(field, "has no MySqlConnector equivalent (ca, cert and key do)");
                    }
                }

                // An ssl dict asks libmysqlclient for TLS; with a CA it verifies the server's chain.
                if (!sslModeSet) keywords.Set("SSL Mode", hasCa ? "VerifyCA" : "Required");
            }

            if (x.TryGet("unix_socket", out PyValue socket) && socket.IsTruthy)
            {
                keywords.Set("Server", x.Text("unix_socket", socket));
                keywords.Set("Connection Protocol", "UnixSocket");
            }

            if (x.TryGet("charset", out PyValue charset) && charset.IsTruthy)
            {
                x.Note("charset", "is left out: .NET strings are Unicode and MySqlConnector always talks utf8mb4");
            }

            if (x.TryGet("cursor", out PyValue cursor) && cursor.IsTruthy)
            {
                x.Note("cursor", "chooses Python's row shape; rows are read through the .NET API");
            }

            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                if (extra.Key is "iam" or "ssl_mode" or "ssl" or "unix_socket" or "charset" or "cursor" or "client" or "aws_conn_id") continue;
                x.Note(extra.Key, "is not passed to the client by MySqlHook (mysqlclient); left out as Airflow does");
            }
        }

        private static void MapConnector(HookExtras x, KeywordList keywords)
        {
            bool disabled = false, verifyCert = false, verifyIdentity = false;
            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                string key = extra.Key;
                if (key == "client") continue;
                if (!key.StartsWith("ssl_", StringComparison.Ordinal))
                {
                    x.Note(key, "is not passed to the client by MySqlHook (mysql-connector-python); left out as Airflow does");
                    continue;
                }

                PyValue value = extra.Value;
                if (value.Kind == PyKind.Null) continue;
                switch (key)
                {
                    case "ssl_ca": keywords.Set("SSL CA", x.Text(key, value)); break;
                    case "ssl_cert": keywords.Set("SSL Cert", x.Text(key, value)); break;
                    case "ssl_key": keywords.Set("SSL Key", x.Text(key, value)); break;
                    case "ssl_disabled": disabled = x.Flag(key, value); break;
                    case "ssl_verify_cert": verifyCert = x.Flag(key, value); break;
                    case "ssl_verify_identity": verifyIdentity = x.Flag(key, value); break;
                    default:
                        throw x.ExtraError(key, "has no MySqlConnector equivalent (ssl_ca, ssl_cert, ssl_key, ssl_disabled, ssl_verify_cert and ssl_verify_identity do)");
                }
            }

            if (disabled) keywords.Set("SSL Mode", "None");
            else if (verifyIdentity) keywords.Set("SSL Mode", "VerifyFull");
            else if (verifyCert) keywords.Set("SSL Mode", "VerifyCA");
        }
    }
}
