using Microsoft.Data.Sqlite;

namespace Media.Library;

public static class LibraryDb
{
    public static SqliteConnection Open(string dataDir)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "library.db")};Cache=Shared;Pooling=True");
        connection.Open();
        return connection;
    }
}
