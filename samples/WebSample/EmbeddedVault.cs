using System;
using System.Threading.Tasks;
using AirflowSecrets.Testing;

namespace WebSample;

/// <summary>The sample's secrets in a loopback test vault, under the names Airflow's backend reads.</summary>
internal static class EmbeddedVault
{
    public static async Task<LoopbackKeyVault> StartAsync()
    {
        LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();

        // A throw-away password made at run time: nothing secret is written in this sample.
        string password = Uri.EscapeDataString(Guid.NewGuid().ToString("N"));
        vault.Store.SetConnection("warehouse_db", "postgres://reports:" + password + "@warehouse.internal:5432/dw?sslmode=require");
        vault.Store.SetVariable("report_settings", """{"title": "Nightly revenue", "maxRows": 5000, "recipients": ["finance@example.com", "ops@example.com"]}""");
        // The rest of a shared vault: never read by this application.
        for (int i = 0; i < 50; i++) vault.Store.SetVariable("other_team_setting_" + i, "not ours");
        return vault;
    }
}
