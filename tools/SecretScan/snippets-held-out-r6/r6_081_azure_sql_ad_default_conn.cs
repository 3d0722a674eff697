using Microsoft.Data.SqlClient;

namespace Store.Reports;

public static class AzureSql
{
    public static SqlConnection Create() =>
        new("Server=tcp:store-reports.database.windows.net,1433;Database=reports;Authentication=Active Directory Default;Encrypt=True");
}
