using Npgsql;

namespace Tracking.Api;

public sealed class TrackingDb
{
    private const string DbPassword = "MlV8R976#cyn1gJl";  // expect: AFS101

    public static NpgsqlConnection Open(string host, string database)
    {
        var conn = new NpgsqlConnection($"Host={host};Username=tracking;Password={DbPassword};Database={database};SSL Mode=Require");
        conn.Open();
        return conn;
    }
}
