namespace AirflowSecrets.Clients
{
    /// <summary>
    /// The .NET clients an <see cref="AirflowConnection"/> can be mapped to, each the way the matching Airflow
    /// provider hook builds its client's parameters.
    /// </summary>
    public enum AirflowClientKind
    {
        /// <summary>PostgreSQL through Npgsql (PostgresHook; conn_type <c>postgres</c>). Name: <c>npgsql</c>.</summary>
        Npgsql,

        /// <summary>MySQL and MariaDB through MySqlConnector (MySqlHook; conn_type <c>mysql</c>). Name: <c>mysql</c>.</summary>
        MySql,

        /// <summary>SQL Server through Microsoft.Data.SqlClient (MsSqlHook; conn_type <c>mssql</c>). Name: <c>sqlclient</c>.</summary>
        SqlClient,

        /// <summary>The ODBC connection string OdbcHook builds (conn_type <c>odbc</c> or <c>mssql</c>). Name: <c>odbc</c>.</summary>
        Odbc,

        /// <summary>Redis through StackExchange.Redis (RedisHook; conn_type <c>redis</c>). Name: <c>redis</c>.</summary>
        Redis,

        /// <summary>Azure Blob Storage through Azure.Storage.Blobs (WasbHook; conn_type <c>wasb</c>). Name: <c>blob</c>.</summary>
        Blob,

        /// <summary>HTTP through <see cref="System.Net.Http.HttpClient"/> (HttpHook; conn_type <c>http</c>). Name: <c>http</c>.</summary>
        Http,

        /// <summary>SQLite through Microsoft.Data.Sqlite (SqliteHook; conn_type <c>sqlite</c>). Name: <c>sqlite</c>.</summary>
        Sqlite,
    }
}
