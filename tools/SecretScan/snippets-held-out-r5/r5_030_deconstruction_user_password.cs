using Npgsql;
public static class ReportingConnection
{
    public static NpgsqlConnection Open()
    {
        var (user, password) = ("reporting", "vz^wP--pgZe7grB!Ul.C"); // expect: AFS101
        var b = new NpgsqlConnectionStringBuilder { Host = "pg-report.internal", Username = user, Password = password };
        return new NpgsqlConnection(b.ConnectionString);
    }
}
