namespace Infra.AppService;

public static class AppSettings
{
    public static IDictionary<string, string> For(string vault) => new Dictionary<string, string>
    {
        ["AzureAd__ClientSecret"] = "@Microsoft.KeyVault(SecretUri=https://contoso-prod-kv.vault.azure.net/secrets/web-client-secret/)",
        ["Smtp__Password"] = "@Microsoft.KeyVault(VaultName=contoso-prod-kv;SecretName=smtp-password)",
        ["ConnectionStrings__Db"] = $"@Microsoft.KeyVault(VaultName={vault};SecretName=sql-connection-string)",
        ["Stripe__ApiKey"] = "@Microsoft.KeyVault(SecretUri=https://contoso-prod-kv.vault.azure.net/secrets/stripe-api-key/3f2a9c0d1b8e4f6a9d7c5b3a1e0f2d4c)",
        ["WEBSITE_RUN_FROM_PACKAGE"] = "1",
    };
}
