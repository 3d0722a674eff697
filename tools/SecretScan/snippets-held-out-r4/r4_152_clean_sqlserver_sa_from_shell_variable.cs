namespace Ci.Scripts;

public static class SqlServerSteps
{
    public static readonly string[] Commands =
    {
        "docker run -d --name mssql -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD=\"$MSSQL_SA_PASSWORD\" -p 1433:1433 mcr.microsoft.com/mssql/server:2022-latest",
        "sqlcmd -S localhost -U sa -P \"$MSSQL_SA_PASSWORD\" -C -i ./db/schema.sql",
        "echo \"$REGISTRY_PASSWORD\" | docker login registry.contoso.io -u ci-publisher --password-stdin",
    };
}
