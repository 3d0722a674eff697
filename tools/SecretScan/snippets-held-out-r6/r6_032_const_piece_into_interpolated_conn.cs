using Npgsql;

namespace Library.Migrator;

public static class MigratorDb
{
    private const string Host = "pg.library.internal";
    private const string Seed = "yeS275PHGsw09B4CJC"; // expect: AFS103
    private const string ConnectionString = $"Host={Host};Database=library;Username=migrator;Password={Seed}";

    public static NpgsqlDataSource Create() => NpgsqlDataSource.Create(ConnectionString);
}
