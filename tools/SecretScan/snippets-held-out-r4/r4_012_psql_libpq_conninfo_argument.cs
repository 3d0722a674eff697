using System.Diagnostics;

namespace Warehouse.Maintenance;

public static class VacuumJob
{
    public static async Task RunAsync()
    {
        var psi = new ProcessStartInfo("psql")
        {
            Arguments = "\"host=pg-dw.internal port=5432 dbname=dw user=maint password=ssldxeTwl_RQFPBnUm sslmode=require\" -c \"VACUUM (ANALYZE) facts.sales;\"",  // expect: secret
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        await process.WaitForExitAsync();
    }
}
