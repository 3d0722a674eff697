using System.Collections.Generic;
public static class SiteSettings
{
    public static Dictionary<string, string> AppSettings() => new()
    {
        ["Smtp__Password"] = "@Microsoft.KeyVault(SecretUri=https://kv-notify.vault.azure.net/secrets/smtp-password/)",
        ["Payments__ApiKey"] = "@Microsoft.KeyVault(VaultName=kv-pay;SecretName=payments-api-key)",
    };
}
