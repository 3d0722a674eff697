using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// SqliteHook.get_conn (providers/sqlite hooks/sqlite.py): the connection's Airflow URI, percent-decoded, with
    /// <c>/?</c> made <c>?</c> and <c>sqlite://</c> made <c>file:</c>, opened as an SQLite URI filename. The extras
    /// become SQLite URI parameters (<c>mode</c>, <c>cache</c>, <c>immutable</c>…), which SQLite itself reads, so
    /// Microsoft.Data.Sqlite opens the same database the same way.
    /// </summary>
    internal static class SqliteMapping
    {
        public static ConnectionStringSettings Map(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.Sqlite, options);
            AirflowConnection typed = connection.ConnType is null
                ? new AirflowConnection(connection.ConnId, "sqlite", connection.Host, connection.Login, connection.Password, connection.Schema, connection.Port, connection.Extra, connection.Description)
                : connection;
            string uri;
            try
            {
                uri = PyUrl.Unquote(typed.GetUri());
            }
            catch (AirflowConnectionFormatException)
            {
                throw x.Error("host", "cannot be written as Airflow's URI");
            }

            uri = uri.Replace("/?", "?").Replace("sqlite://", "sqlite:///").Replace("sqlite:///", "file:");
            if (!uri.StartsWith("file:", System.StringComparison.Ordinal))
            {
                throw x.Error("conn_type", "is not sqlite, so SqliteHook's URI would not name a file");
            }

            var keywords = new KeywordList();
            keywords.Set("Data Source", uri, secret: !string.IsNullOrEmpty(connection.Password));
            return new ConnectionStringSettings(connection.ConnId, AirflowClientKind.Sqlite, keywords.ToList(), x.Notes.ToArray());
        }
    }
}
