using System.Diagnostics;

namespace Store.Tests.Infrastructure;

public static class SqlServerContainer
{
    public static Process Start() => Process.Start("docker",
        "run -d --name store-sql -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD=Tundra#Beacon93 -p 14330:1433 mcr.microsoft.com/mssql/server:2022-latest")!; // expect: AFS102
}
