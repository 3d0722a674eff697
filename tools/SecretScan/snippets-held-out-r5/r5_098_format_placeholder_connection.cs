using System;
public static class Conn
{
    public static string Build() => string.Format("Server=sql.internal;Database=Orders;User Id=orders;Password={0};",
        Environment.GetEnvironmentVariable("ORDERS_DB_PASSWORD"));
}
