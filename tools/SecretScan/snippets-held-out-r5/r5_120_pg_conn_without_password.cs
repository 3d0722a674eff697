using Npgsql;
public static class Local
{
    public static NpgsqlDataSource Create() => NpgsqlDataSource.Create("Host=/var/run/postgresql;Database=app;Username=app");
}
