using Microsoft.Data.SqlClient;

namespace Legacy.Erp;

public static class ErpSql
{
    public const string Windows = "Data Source=erp-sql01;Initial Catalog=ERP;Integrated Security=SSPI;TrustServerCertificate=True";

    public static SqlConnection Create() => new(Windows);
}
