using System.Diagnostics;
public static class SqlContainer
{
    public static Process Start() => Process.Start("docker",
        "run -d --name sql1 -p 1433:1433 -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD=g9dckQYet0U60DfsQQ mcr.microsoft.com/mssql/server:2022-latest")!; // expect: AFS102
}
