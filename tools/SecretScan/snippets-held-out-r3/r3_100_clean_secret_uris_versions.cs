using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Secrets;

public static class Pinned
{
    public static readonly Uri Vault = new("https://contoso-prod-kv.vault.azure.net/");
    public const string DbPasswordVersion = "https://contoso-prod-kv.vault.azure.net/secrets/db-password/5c7f1e2d3a4b4c6d8e9f0a1b2c3d4e5f";
    public const string TlsCertificate = "https://contoso-prod-kv.vault.azure.net/certificates/api-tls/0e1d2c3b4a5948372615f4e3d2c1b0a9";

    public static Task<Azure.Response<KeyVaultSecret>> Read() =>
        new SecretClient(Vault, new DefaultAzureCredential()).GetSecretAsync("db-password", "5c7f1e2d3a4b4c6d8e9f0a1b2c3d4e5f");
}
