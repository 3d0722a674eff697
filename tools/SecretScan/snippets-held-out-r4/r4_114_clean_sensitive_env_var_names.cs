using System.Diagnostics;

namespace Sandbox.Runner;

public static class EnvironmentScrubber
{
    private static readonly string[] SensitiveVariables =
    {
        "AZURE_CLIENT_SECRET", "AZURE_PASSWORD", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "GITHUB_TOKEN",
        "NUGET_API_KEY", "AIRFLOW__CORE__FERNET_KEY", "AIRFLOW__WEBSERVER__SECRET_KEY", "PGPASSWORD", "MYSQL_PWD",
    };

    public static void Scrub(ProcessStartInfo psi)
    {
        foreach (var name in SensitiveVariables) psi.Environment.Remove(name);
    }
}
