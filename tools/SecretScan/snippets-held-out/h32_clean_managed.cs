public static class Conn
{
    public const string Sql = "Server=tcp:contoso.database.windows.net,1433;Database=orders;Authentication=Active Directory Default;Encrypt=True";
    public const string Bus = "Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=Listen";
    public const string Local = "Server=(localdb)\\MSSQLLocalDB;Database=App;Trusted_Connection=True";
}
