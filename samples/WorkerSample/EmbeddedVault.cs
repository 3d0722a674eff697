using System;
using System.Threading.Tasks;
using AirflowSecrets.Testing;

namespace WorkerSample;

/// <summary>The sample's secrets in a loopback test vault, under the names Airflow's backend reads.</summary>
internal static class EmbeddedVault
{
    public static async Task<LoopbackKeyVault> StartAsync()
    {
        LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();

        // A throw-away password made at run time: nothing secret is written in this sample.
        string password = Uri.EscapeDataString(Guid.NewGuid().ToString("N"));
        vault.Store.SetConnection("warehouse_db", "postgres://etl:" + password + "@warehouse.internal:5432/dw?sslmode=require");
        vault.Store.SetVariable("export_settings", """{"schema": "raw", "batch_size": 5000, "tables": ["orders", "customers", "invoices"]}""");
        return vault;
    }
}
