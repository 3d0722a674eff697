using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
public static class Seed
{
    public static void Run()
    {
        var client = new SecretClient(new System.Uri("https://kv.vault.azure.net/"), new DefaultAzureCredential());
        client.SetSecret("airflow-connections-warehouse", "postgresql://etl:Kv!s33d-pw@db/dw"); // expect: AFS101
        client.SetSecret("airflow-variables-region", "westeurope");
    }
}
