using Azure.Security.KeyVault.Secrets;

namespace Ledger.Api;

public sealed class SecretNames
{
    public const string AdminPassword = "eventstore-admin-password";
    public const string CertificatePassword = "eventstore-certificate-password";

    public static async Task<string> ReadAdminAsync(SecretClient client) => (await client.GetSecretAsync(AdminPassword)).Value.Value;
}
