using Npgsql;

namespace Catalog.Migrator;

public static class Target
{
    public static NpgsqlDataSource Create() =>
        NpgsqlDataSource.Create(string.Join(";", "Host=pg-catalog.internal", "Username=migrator", "Password=wYV0eGTQ*lQYZwsf", "Database=catalog"));  // expect: AFS103
}
