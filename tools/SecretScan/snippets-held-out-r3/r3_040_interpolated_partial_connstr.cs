using Npgsql;

namespace Etl;

public static class Connections
{
    public static NpgsqlConnection Open(string host, string database)
    {
        var connection = new NpgsqlConnection($"Host={host};Port=5432;Database={database};Username=etl;Password=Etl-Granite-5150;Timeout=15"); // expect: AFS103
        connection.Open();
        return connection;
    }
}
