using Azure.Security.KeyVault.Secrets;

namespace Secrets;

public sealed class VaultSecrets(SecretClient client)
{
    public const string DbPasswordSecretName = "sql-admin-password";
    public const string StripeApiKeySecretName = "stripe-api-key";
    public const string MetadataConnection = "airflow-connections-metadata-db";

    public async Task<string> DbPasswordAsync()
    {
        var passwordSecretName = DbPasswordSecretName;
        KeyVaultSecret secret = await client.GetSecretAsync(passwordSecretName);
        return secret.Value;
    }

    public Task<Azure.Response<KeyVaultSecret>> StripeAsync() => client.GetSecretAsync(StripeApiKeySecretName);
}
