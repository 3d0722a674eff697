// This file is compiled into two assemblies: the AirflowSecrets runtime and the AirflowSecrets.Generators
// analyzer/generator assembly (as a linked compile item), so the build-time client checks (AFS015-AFS018) and the
// run-time mappings agree on which conn_types each client serves. Keep it pure: strings only, nothing beyond
// netstandard2.0, no runtime types (the generator never references the runtime).
using System;

namespace AirflowSecrets.Clients
{
    /// <summary>One client: its names, the hook it follows, its settings type and the conn_types it serves.</summary>
    internal sealed class AirflowClientInfo
    {
        public AirflowClientInfo(string member, string name, string display, string hook, string settingsType, params string[] connTypes)
        {
            Member = member;
            Name = name;
            Display = display;
            Hook = hook;
            SettingsType = settingsType;
            ConnTypes = connTypes;
        }

        /// <summary>The <c>AirflowClientKind</c> member, e.g. <c>Npgsql</c>.</summary>
        public string Member { get; }

        /// <summary>The short name (<c>--as</c>, configuration), e.g. <c>npgsql</c>.</summary>
        public string Name { get; }

        /// <summary>The client library's name, for messages.</summary>
        public string Display { get; }

        /// <summary>The Airflow hook whose rules the mapping follows.</summary>
        public string Hook { get; }

        /// <summary>The settings type's name in <c>AirflowSecrets.Clients</c>.</summary>
        public string SettingsType { get; }

        /// <summary>The conn_types the hook is registered for, normalised.</summary>
        public string[] ConnTypes { get; }

        /// <summary>Whether the client serves a conn_type (none: every client does).</summary>
        public bool Serves(string? connType) =>
            string.IsNullOrEmpty(connType) || Array.IndexOf(ConnTypes, AirflowClientCatalog.NormalizeConnType(connType!)) >= 0;
    }

    /// <summary>Every client, and the Airflow facts the build-time checks use.</summary>
    internal static class AirflowClientCatalog
    {
        /// <summary>In the order of <c>AirflowClientKind</c>: the member's value is its index (a test checks the names).</summary>
        public static readonly AirflowClientInfo[] Clients =
        {
            new AirflowClientInfo("Npgsql", "npgsql", "Npgsql", "PostgresHook", "ConnectionStringSettings", "postgres"),
            new AirflowClientInfo("MySql", "mysql", "MySqlConnector", "MySqlHook", "ConnectionStringSettings", "mysql"),
            new AirflowClientInfo("SqlClient", "sqlclient", "Microsoft.Data.SqlClient", "MsSqlHook", "ConnectionStringSettings", "mssql"),
            new AirflowClientInfo("Odbc", "odbc", "ODBC", "OdbcHook", "ConnectionStringSettings", "odbc", "mssql"),
            new AirflowClientInfo("Redis", "redis", "StackExchange.Redis", "RedisHook", "RedisSettings", "redis"),
            new AirflowClientInfo("Blob", "blob", "Azure.Storage.Blobs", "WasbHook", "BlobStorageSettings", "wasb"),
            new AirflowClientInfo("Http", "http", "HttpClient", "HttpHook", "HttpSettings", "http", "https"),
            new AirflowClientInfo("Sqlite", "sqlite", "Microsoft.Data.Sqlite", "SqliteHook", "ConnectionStringSettings", "sqlite"),
        };

        /// <summary>
        /// The connections Airflow creates by default (airflow-core <c>utils/db.py</c>, <c>create_default_connections</c>,
        /// at commit 000d3856; recorded in the design notes on hooks, §9.9), as (conn_id, conn_type): each hook's
        /// <c>default_conn_name</c> names one of them.
        /// </summary>
        public static readonly (string ConnId, string ConnType)[] DefaultConnections =
        {
            ("postgres_default", "postgres"),
            ("mysql_default", "mysql"),
            ("mssql_default", "mssql"),
            ("redis_default", "redis"),
            ("wasb_default", "wasb"),
            ("http_default", "http"),
            ("ssh_default", "ssh"),
        };

        /// <summary>The client of an <c>AirflowClientKind</c> member name, or <c>null</c>.</summary>
        public static AirflowClientInfo? ByMember(string member)
        {
            foreach (AirflowClientInfo client in Clients)
            {
                if (client.Member == member) return client;
            }

            return null;
        }

        /// <summary>The client that serves a conn_type when nothing else is said (the first that does), or <c>null</c>.</summary>
        public static AirflowClientInfo? ForConnType(string? connType)
        {
            if (string.IsNullOrEmpty(connType)) return null;
            string normalized = NormalizeConnType(connType!);
            foreach (AirflowClientInfo client in Clients)
            {
                if (Array.IndexOf(client.ConnTypes, normalized) >= 0) return client;
            }

            return null;
        }

        /// <summary>The conn_type of one of Airflow's default connections, or <c>null</c> for another id.</summary>
        public static string? DefaultConnType(string connId)
        {
            foreach ((string id, string connType) in DefaultConnections)
            {
                if (id == connId) return connType;
            }

            return null;
        }

        /// <summary>Airflow's <c>_normalize_conn_type</c>: <c>postgresql</c> → <c>postgres</c>; otherwise <c>-</c> → <c>_</c>.</summary>
        public static string NormalizeConnType(string connType)
        {
            if (connType is null) throw new ArgumentNullException(nameof(connType));
            if (connType == "postgresql") return "postgres";
            return connType.IndexOf('-') >= 0 ? connType.Replace('-', '_') : connType;
        }
    }
}
