using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>How a client checks the Redis server's TLS certificate.</summary>
    public enum RedisCertificateCheck
    {
        /// <summary>The platform's check: a trusted chain and a matching host name (.NET's default).</summary>
        ChainAndHostName,

        /// <summary>A trusted chain, any host name (redis-py with <c>ssl_check_hostname</c> false).</summary>
        ChainOnly,

        /// <summary>No check at all (<c>ssl_cert_reqs: none</c>).</summary>
        None,
    }

    /// <summary>
    /// RedisHook.get_conn in StackExchange.Redis terms: endpoints, user, password, database and TLS.
    /// <see cref="ToConnectionString"/> is a StackExchange.Redis configuration string when every setting fits in
    /// one; the satellite <c>AirflowSecrets.StackExchangeRedis</c> builds a <c>ConfigurationOptions</c> with all of them.
    /// </summary>
    public sealed class RedisSettings : AirflowClientSettings
    {
        internal RedisSettings(string? connectionId, IReadOnlyList<DnsEndPoint> endPoints, string? user, string? password, int? database,
            bool ssl, RedisCertificateCheck certificateCheck, string? caCertificatePath, string? clientCertificatePath, string? clientKeyPath,
            bool cluster, IReadOnlyList<string> notes)
            : base(connectionId, AirflowClientKind.Redis, notes)
        {
            EndPoints = endPoints;
            User = user;
            Password = password;
            Database = database;
            Ssl = ssl;
            CertificateCheck = certificateCheck;
            CaCertificatePath = caCertificatePath;
            ClientCertificatePath = clientCertificatePath;
            ClientKeyPath = clientKeyPath;
            Cluster = cluster;
        }

        /// <summary>The servers, each with its port (6379 when Airflow has none: StackExchange.Redis would pick 6380 under TLS).</summary>
        public IReadOnlyList<DnsEndPoint> EndPoints { get; }

        /// <summary>The ACL user (the login), or <c>null</c>.</summary>
        public string? User { get; }

        /// <summary>The password, or <c>null</c> (RedisHook reads the texts <c>None</c>, <c>false</c> and "" as none).</summary>
        public string? Password { get; }

        /// <summary>The database (<c>db</c>), or <c>null</c> for the default (0).</summary>
        public int? Database { get; }

        /// <summary>Whether TLS is used (<c>ssl</c>, with Python truthiness).</summary>
        public bool Ssl { get; }

        /// <summary>How the server certificate is checked under TLS.</summary>
        public RedisCertificateCheck CertificateCheck { get; }

        /// <summary>The CA file the server's chain must end in (<c>ssl_ca_certs</c>), or <c>null</c> for the system's.</summary>
        public string? CaCertificatePath { get; }

        /// <summary>The client certificate, PEM (<c>ssl_certfile</c>).</summary>
        public string? ClientCertificatePath { get; }

        /// <summary>Its private key, PEM (<c>ssl_keyfile</c>).</summary>
        public string? ClientKeyPath { get; }

        /// <summary>Whether the connection is to a Redis Cluster (<c>cluster</c>); StackExchange.Redis discovers the nodes.</summary>
        public bool Cluster { get; }

        /// <inheritdoc/>
        public override string ToConnectionString() => Render(masked: false);

        /// <inheritdoc/>
        public override string ToMaskedConnectionString() => Render(masked: true);

        private string Render(bool masked)
        {
            if (CaCertificatePath != null) throw NotInText("extra 'ssl_ca_certs'", "a CA file");
            if (ClientCertificatePath != null) throw NotInText("extra 'ssl_certfile'", "a client certificate");
            if (Ssl && CertificateCheck != RedisCertificateCheck.ChainAndHostName) throw NotInText(CertificateCheck == RedisCertificateCheck.None ? "extra 'ssl_cert_reqs'" : "extra 'ssl_check_hostname'", "a certificate check other than the default");
            var text = new StringBuilder();
            foreach (DnsEndPoint endPoint in EndPoints)
            {
                if (text.Length > 0) text.Append(',');
                text.Append(FormatEndPoint(endPoint));
            }

            if (User != null) text.Append(",user=").Append(Checked(User, "login", masked));
            if (Password != null) text.Append(",password=").Append(masked ? Mask : Checked(Password, "password", masked));
            if (Database.HasValue) text.Append(",defaultDatabase=").Append(Database.Value.ToString(CultureInfo.InvariantCulture));
            if (Ssl) text.Append(",ssl=True");
            return text.ToString();
        }

        internal static string FormatEndPoint(DnsEndPoint endPoint)
        {
            string host = endPoint.Host.IndexOf(':') >= 0 ? "[" + endPoint.Host + "]" : endPoint.Host;
            return host + ":" + endPoint.Port.ToString(CultureInfo.InvariantCulture);
        }

        // StackExchange.Redis splits its configuration string on ',' and trims each value.
        private string Checked(string value, string field, bool masked)
        {
            if (value.IndexOf(',') >= 0 || value.Trim() != value)
            {
                throw new AirflowClientSettingsException(ConnectionId, Client, field, "holds a ',' or surrounding spaces, which a StackExchange.Redis configuration string cannot carry; use AirflowSecrets.StackExchangeRedis' ConfigurationOptions");
            }

            return value;
        }

        private AirflowClientSettingsException NotInText(string field, string what) =>
            new AirflowClientSettingsException(ConnectionId, Client, field, "asks for " + what + ", which a StackExchange.Redis configuration string cannot carry; use AirflowSecrets.StackExchangeRedis' ConfigurationOptions");
    }

    internal static class RedisMapping
    {
        public static RedisSettings Map(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.Redis, options);
            if (string.IsNullOrEmpty(connection.Host)) throw x.Error("host", "is not set");
            string? password = connection.Password;
            string lowered = (password ?? "none").ToLowerInvariant();
            if (lowered is "none" or "false" or "") password = null;
            string? user = string.IsNullOrEmpty(connection.Login) ? null : connection.Login;

            bool cluster = x.Flag("cluster");
            int? database = null;
            if (x.TryGet("db", out PyValue db) && db.Kind != PyKind.Null)
            {
                int number = x.Integer("db", db, "a database number");
                if (number < 0) throw x.ExtraError("db", "is not a database number");
                if (cluster)
                {
                    if (number != 0) throw x.ExtraError("db", "is not 0, and Redis Cluster only supports database 0");
                }
                else
                {
                    database = number;
                }
            }

            var endPoints = new List<DnsEndPoint> { new DnsEndPoint(connection.Host!, connection.Port ?? 6379) };
            if (cluster && x.TryGet("startup_nodes", out PyValue nodes)) endPoints.AddRange(StartupNodes(x, nodes));

            bool ssl = x.Flag("ssl");
            RedisCertificateCheck check = RedisCertificateCheck.ChainAndHostName;
            string? ca = null, cert = null, key = null;
            if (ssl)
            {
                if (x.TryGet("ssl_cert_reqs", out PyValue reqs) && reqs.Kind != PyKind.Null)
                {
                    string text = x.Text("ssl_cert_reqs", reqs).ToLowerInvariant();
                    if (text == "none") check = RedisCertificateCheck.None;
                    else if (text != "required" && text != "optional") throw x.ExtraError("ssl_cert_reqs", "is not required, optional or none");
                }

                // redis-py checks the host name only when asked; .NET always does unless told not to. Absent, the
                // stricter .NET check stays (a deliberate difference); an explicit false is honoured.
                if (check != RedisCertificateCheck.None && x.TryGet("ssl_check_hostname", out PyValue hostname) && !x.Flag("ssl_check_hostname", hostname))
                {
                    check = RedisCertificateCheck.ChainOnly;
                }

                ca = Path(x, "ssl_ca_certs");
                cert = Path(x, "ssl_certfile");
                key = Path(x, "ssl_keyfile");
                if ((cert is null) != (key is null)) throw x.ExtraError(cert is null ? "ssl_keyfile" : "ssl_certfile", "is set without its pair (ssl_certfile and ssl_keyfile go together in .NET)");
            }

            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                if (extra.Key is "db" or "ssl" or "ssl_cert_reqs" or "ssl_ca_certs" or "ssl_keyfile" or "ssl_certfile" or "ssl_check_hostname" or "cluster" or "startup_nodes") continue;
                x.Note(extra.Key, "is not read by RedisHook; left out as Airflow does");
            }

            return new RedisSettings(connection.ConnId, endPoints, user, password, database, ssl, check, ca, cert, key, cluster, x.Notes.ToArray());
        }

        private static string? Path(HookExtras x, string key) =>
            x.TryGet(key, out PyValue value) && value.IsTruthy ? x.Text(key, value) : null;

        private static IEnumerable<DnsEndPoint> StartupNodes(HookExtras x, PyValue nodes)
        {
            if (!nodes.IsTruthy) yield break;
            var entries = new List<string>();
            if (nodes.Kind == PyKind.String)
            {
                entries.AddRange(nodes.String!.Split(','));
            }
            else if (nodes.Kind == PyKind.List)
            {
                foreach (PyValue item in nodes.Items!)
                {
                    if (item.Kind != PyKind.String) throw x.ExtraError("startup_nodes", "must be a comma-separated string of host:port (or a list of such strings)");
                    entries.Add(item.String!);
                }
            }
            else
            {
                throw x.ExtraError("startup_nodes", "must be a comma-separated string of host:port");
            }

            foreach (string raw in entries)
            {
                string entry = raw.Trim();
                if (entry.Length == 0) continue;
                int colon = entry.LastIndexOf(':');
                string host = colon >= 0 ? entry.Substring(0, colon).Trim() : entry;
                string portText = colon >= 0 ? entry.Substring(colon + 1).Trim() : "6379";
                if (host.Length == 0) throw x.ExtraError("startup_nodes", "has an entry with no host");
                if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535) throw x.ExtraError("startup_nodes", "has an entry with an invalid port");
                yield return new DnsEndPoint(host.Trim('[', ']'), port);
            }
        }
    }
}
