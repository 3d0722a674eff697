using Microsoft.Data.SqlClient;

namespace Store.Reports;

public static class ReportConnection
{
    public static SqlConnection Open(string host)
    {
        var connection = new SqlConnection($"Server={host};Database=Reports;User Id=report_reader;Password=Alder#Signal-19;Encrypt=True"); // expect: AFS103
        connection.Open();
        return connection;
    }
}
