using System;
using System.Collections.Generic;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// Turns an <see cref="AirflowConnection"/> into the settings of a .NET client, the way the matching Airflow
    /// provider hook turns a Connection into its client's parameters (see the README's "Connections in .NET
    /// clients" for each mapping and its deliberate differences).
    /// </summary>
    public static class AirflowClients
    {
        // The catalog (shared with the generator's build-time checks) lists the clients in the order of AirflowClientKind.
        private static readonly (AirflowClientKind Kind, string Name, string Display, string[] ConnTypes)[] Table =
            Array.ConvertAll(AirflowClientCatalog.Clients, c => ((AirflowClientKind)Array.IndexOf(AirflowClientCatalog.Clients, c), c.Name, c.Display, c.ConnTypes));

        /// <summary>Every client, in the order of <see cref="AirflowClientKind"/>.</summary>
        public static IReadOnlyList<AirflowClientKind> All { get; } = Array.ConvertAll(Table, t => t.Kind);

        /// <summary>The client's short name, as <c>--as</c> and configuration take it: <c>npgsql</c>, <c>mysql</c>, <c>sqlclient</c>, <c>odbc</c>, <c>redis</c>, <c>blob</c>, <c>http</c>, <c>sqlite</c>.</summary>
        public static string Name(AirflowClientKind client) => Row(client).Name;

        /// <summary>The client library's name, for messages.</summary>
        public static string DisplayName(AirflowClientKind client) => Row(client).Display;

        /// <summary>Reads a short name (any case).</summary>
        public static bool TryParse(string? name, out AirflowClientKind client)
        {
            foreach (var row in Table)
            {
                if (string.Equals(row.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    client = row.Kind;
                    return true;
                }
            }

            client = default;
            return false;
        }

        /// <summary>The conn_types a client serves (the hook it follows is registered for them).</summary>
        public static IReadOnlyList<string> ConnTypes(AirflowClientKind client) => Row(client).ConnTypes;

        /// <summary>
        /// The client a conn_type is served by when nothing else is said (<c>mssql</c> → SqlClient), or <c>null</c>
        /// for a conn_type no client here serves.
        /// </summary>
        public static AirflowClientKind? ForConnType(string? connType)
        {
            if (string.IsNullOrEmpty(connType)) return null;
            string normalized = AirflowConnection.NormalizeConnType(connType!);
            foreach (var row in Table)
            {
                if (Array.IndexOf(row.ConnTypes, normalized) >= 0) return row.Kind;
            }

            return null;
        }

        /// <summary>Whether the client serves the connection's conn_type (a connection without one is served by every client).</summary>
        public static bool CanServe(AirflowClientKind client, string? connType) =>
            string.IsNullOrEmpty(connType) || Array.IndexOf(Row(client).ConnTypes, AirflowConnection.NormalizeConnType(connType!)) >= 0;

        /// <summary>The settings for the client its conn_type names.</summary>
        /// <exception cref="AirflowClientSettingsException">No client serves the conn_type, or the connection cannot be mapped.</exception>
        public static AirflowClientSettings GetSettings(AirflowConnection connection, AirflowClientOptions? options = null)
        {
            if (connection is null) throw new ArgumentNullException(nameof(connection));
            AirflowClientKind? client = ForConnType(connection.ConnType);
            if (client is null)
            {
                string served = string.Join(", ", Array.ConvertAll(Table, t => string.Join("/", t.ConnTypes) + " → " + t.Name));
                throw new AirflowClientSettingsException(connection.ConnId, null, "conn_type",
                    (string.IsNullOrEmpty(connection.ConnType) ? "is not set" : "'" + connection.ConnType + "' is served by no client here") + " (" + served + "); name the client");
            }

            return GetSettings(connection, client.Value, options);
        }

        /// <summary>The settings for <paramref name="client"/>, as its Airflow hook would build them from the connection.</summary>
        /// <exception cref="AirflowClientSettingsException">The client cannot serve the conn_type, or a field or extra cannot be mapped; the message names it, never a value.</exception>
        public static AirflowClientSettings GetSettings(AirflowConnection connection, AirflowClientKind client, AirflowClientOptions? options = null)
        {
            if (connection is null) throw new ArgumentNullException(nameof(connection));
            if (!CanServe(client, connection.ConnType))
            {
                throw new AirflowClientSettingsException(connection.ConnId, client, "conn_type",
                    "'" + connection.ConnType + "' is not one " + DisplayName(client) + " serves (" + string.Join(", ", Row(client).ConnTypes) + ")");
            }

            return client switch
            {
                AirflowClientKind.Npgsql => PostgresMapping.Map(connection, options),
                AirflowClientKind.MySql => MySqlMapping.Map(connection, options),
                AirflowClientKind.SqlClient => SqlServerMapping.MapSqlClient(connection, options),
                AirflowClientKind.Odbc => SqlServerMapping.MapOdbc(connection, options),
                AirflowClientKind.Redis => RedisMapping.Map(connection, options),
                AirflowClientKind.Blob => BlobMapping.Map(connection, options),
                AirflowClientKind.Http => HttpMapping.Map(connection, options),
                AirflowClientKind.Sqlite => SqliteMapping.Map(connection, options),
                _ => throw new ArgumentOutOfRangeException(nameof(client)),
            };
        }

        /// <summary>The connection string text (<see cref="AirflowClientSettings.ToConnectionString"/>) for a connection-string client.</summary>
        public static ConnectionStringSettings GetConnectionString(AirflowConnection connection, AirflowClientKind client, AirflowClientOptions? options = null) =>
            GetSettings(connection, client, options) as ConnectionStringSettings
            ?? throw new ArgumentException(DisplayName(client) + " settings are not a connection string; use GetSettings.", nameof(client));

        private static (AirflowClientKind Kind, string Name, string Display, string[] ConnTypes) Row(AirflowClientKind client)
        {
            foreach (var row in Table)
            {
                if (row.Kind == client) return row;
            }

            throw new ArgumentOutOfRangeException(nameof(client), client, "Not a client.");
        }
    }
}
