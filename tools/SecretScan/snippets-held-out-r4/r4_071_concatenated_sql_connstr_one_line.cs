using Microsoft.Data.SqlClient;

namespace Invoicing.Jobs;

public static class Db
{
    private static readonly string Cs = "Server=tcp:sql-invoicing.contoso.net,1433;Database=invoicing;" + "User ID=invoice_job;Password=yetVtNrq*1lS5DxS;Encrypt=True;TrustServerCertificate=False";  // expect: AFS103

    public static SqlConnection Open()
    {
        var conn = new SqlConnection(Cs);
        conn.Open();
        return conn;
    }
}
