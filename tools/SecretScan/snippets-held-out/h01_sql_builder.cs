using Microsoft.Data.SqlClient;
public static class Db
{
    public static SqlConnection Open()
    {
        var builder = new SqlConnectionStringBuilder
        {
            DataSource = "sql-prod-01.database.windows.net",
            InitialCatalog = "orders",
            UserID = "orders_app",
            Password = "Or3ers!Pr0d#2023", // expect: AFS101
        };
        return new SqlConnection(builder.ConnectionString);
    }
}
