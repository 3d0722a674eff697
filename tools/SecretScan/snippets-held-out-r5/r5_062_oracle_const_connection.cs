public static class OracleConnections
{
    public const string Hr = "Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora-hr.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=HRPDB)));User Id=hr_reader;Password=tjAeeGIW9twdyvP4rlgox;"; // expect: AFS103
}
