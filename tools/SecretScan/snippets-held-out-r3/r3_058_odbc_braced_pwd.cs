using System.Data.Odbc;

namespace Finance.Import;

public static class Odbc
{
    public static OdbcConnection Open()
    {
        var c = new OdbcConnection("Driver={ODBC Driver 18 for SQL Server};Server=tcp:fin-sql01,1433;Database=ledger;UID=ledger_import;PWD={Ledg3r;Imp0rt};Encrypt=yes;"); // expect: AFS103
        c.Open();
        return c;
    }
}
