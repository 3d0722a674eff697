using Npgsql;

namespace Warehouse.Loader;

internal static class Db
{
    public static NpgsqlDataSource CreateDataSource()
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "pg-warehouse.internal",
            Port = 5432,
            Database = "dw",
            Username = "loader",
            Password = "Gr33nField_loads", // expect: AFS101
            SslMode = SslMode.Require,
            Pooling = true,
        };
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
