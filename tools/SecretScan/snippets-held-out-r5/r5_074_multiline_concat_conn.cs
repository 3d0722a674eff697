public static class Warehouse
{
    public const string Connection =
        "Server=dw-sql.internal;" +
        "Database=Warehouse;" +
        "User Id=dw_loader;" +
        "Password=x+qh3Z81zbABNk;"; // expect: AFS103
}
