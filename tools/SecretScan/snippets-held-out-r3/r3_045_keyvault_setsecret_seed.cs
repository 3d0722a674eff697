using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Bootstrap;

public static class SeedVault
{
    public static async Task RunAsync()
    {
        var client = new SecretClient(new Uri("https://contoso-airflow-dev.vault.azure.net/"), new DefaultAzureCredential());
        await client.SetSecretAsync("airflow-connections-warehouse", "postgres://etl:Wh-Seed-Copper71@pg-dw.internal:5432/dw"); // expect: AFS101
    }
}
