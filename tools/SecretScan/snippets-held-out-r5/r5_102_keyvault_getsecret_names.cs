using System;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
public static class VaultReads
{
    public static async Task<string> SmtpPasswordAsync()
    {
        var client = new SecretClient(new Uri("https://kv-notify-prod.vault.azure.net/"), new DefaultAzureCredential());
        return (await client.GetSecretAsync("smtp-password")).Value.Value;
    }
}
