public static class Reporting
{
    private const string Server = "sql-rpt.internal";
    private const string Database = "Reports";
    public static string ConnectionString => $"Server={Server};Database={Database};User Id=rpt_reader;Password=DilYvtOjgrMwCT8WRv;TrustServerCertificate=True"; // expect: AFS103
}
