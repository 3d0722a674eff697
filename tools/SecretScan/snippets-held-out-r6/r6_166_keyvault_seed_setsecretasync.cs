using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Ops.Bootstrap;

public static class VaultSeeder
{
    public static async Task SeedAsync()
    {
        var client = new SecretClient(new Uri("https://ops-bootstrap-kv.vault.azure.net/"), new DefaultAzureCredential());
        await client.SetSecretAsync("smtp-relay-password", "yqL%2mZIe0g.VI"); // expect: AFS101
    }
}
