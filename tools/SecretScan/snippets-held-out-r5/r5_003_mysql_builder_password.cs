using MySqlConnector;
internal sealed class LegacyInventoryDb
{
    public string Build() => new MySqlConnectionStringBuilder
    {
        Server = "mysql-inv.internal",
        Database = "inventory",
        UserID = "inv_reader",
        Password = "lb%P_*6FigT!0hzro", // expect: AFS101
        SslMode = MySqlSslMode.Required,
    }.ConnectionString;
}
