using Microsoft.Data.SqlClient;
public static class HrDb
{
    public static SqlConnection Open() => new SqlConnection("Server=hr-sql.corp.internal;Database=HR;Integrated Security=true;TrustServerCertificate=true");
}
