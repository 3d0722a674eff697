using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Platform.Provisioning;

public static class VaultSeeder
{
    public static async Task SeedAsync(Uri vaultUri)
    {
        var client = new SecretClient(vaultUri, new DefaultAzureCredential());
        await client.SetSecretAsync(new KeyVaultSecret("sql-admin-password", "i0Imy$vjEtYN!ziy"));  // expect: AFS101
        await client.SetSecretAsync("stripe-secret-key", "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");  // expect: AFS101
        await client.SetSecretAsync("feature-region", "westeurope");
    }
}
