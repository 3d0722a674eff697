using Oracle.ManagedDataAccess.Client;

namespace Hr.Sync;

public sealed class EmployeeReader
{
    private const string ConnString = "User Id=HR_SYNC;Password=algJKjvX%yYIzHd6;Data Source=ora-prod-scan.hr:1521/HRPDB1;Pooling=true";  // expect: AFS103

    public async Task<int> CountAsync()
    {
        await using var conn = new OracleConnection(ConnString);
        await conn.OpenAsync();
        await using var cmd = new OracleCommand("SELECT COUNT(*) FROM employees", conn);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync());
    }
}
