using System.Diagnostics;

namespace Analytics.Jobs;

public sealed class DbtRunner
{
    public async Task<int> RunAsync(string selector, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("dbt", $"run --select {selector} --target prod")
        {
            WorkingDirectory = "/opt/analytics/dbt",
            UseShellExecute = false,
        };
        psi.Environment["DBT_ENV_SECRET_SNOWFLAKE_PASSWORD"] = "5b6gQ$4BlPqq+vjy";  // expect: AFS102
        psi.Environment["SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"] = "lantern summit meadow quartz 30";  // expect: AFS102
        psi.Environment["DBT_PROFILES_DIR"] = "/opt/analytics/profiles";

        using var process = Process.Start(psi)!;
        await process.WaitForExitAsync(ct);
        return process.ExitCode;
    }
}
