public static class Usage
{
    public const string Help = "Usage: tool login --username <user> --password <password>";
    public const string Example = "docker run -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD=<YourStrong@Passw0rd> mcr.microsoft.com/mssql/server";
    public const string EnvHint = "Set AZURE_CLIENT_SECRET to the app registration's secret.";
}
