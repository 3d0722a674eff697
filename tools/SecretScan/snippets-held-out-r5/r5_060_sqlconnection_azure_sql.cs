using Microsoft.Data.SqlClient;
public static class Ledger
{
    public static SqlConnection Open() => new SqlConnection(
        "Server=tcp:ledger-prod.database.windows.net,1433;Initial Catalog=ledger;User ID=ledger_app;Password=12jM0Ir*A1V^rh;Encrypt=True;"); // expect: AFS103
}
