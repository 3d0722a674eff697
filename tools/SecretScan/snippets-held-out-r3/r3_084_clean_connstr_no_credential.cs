using Microsoft.Data.SqlClient;

namespace Data;

public static class ConnectionStrings
{
    public const string LocalDb = @"Server=(localdb)\mssqllocaldb;Database=Contoso;Trusted_Connection=True;MultipleActiveResultSets=true";
    public const string OnPrem = "Data Source=sql01.corp.contoso.com;Initial Catalog=hr;Integrated Security=SSPI;Encrypt=True";
    public const string AzureDefault = "Server=tcp:contoso.database.windows.net;Database=dw;Authentication=Active Directory Default;Encrypt=True";
    public const string AzureMsi = "Server=tcp:contoso.database.windows.net;Database=dw;Authentication=Active Directory Managed Identity;User Id=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    public const string Postgres = "Host=pg.contoso.internal;Database=app;Username=app@contoso.com;Ssl Mode=Require";

    public static SqlConnection Open() => new(AzureDefault);
}
