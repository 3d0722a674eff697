using System;
using System.Linq;
public static class Preflight
{
    private static readonly string[] Required = { "AZURE_CLIENT_SECRET", "PGPASSWORD", "AIRFLOW__CORE__FERNET_KEY" };
    public static string[] Missing() => Required.Where(n => Environment.GetEnvironmentVariable(n) is null).ToArray();
}
