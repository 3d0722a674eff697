namespace Ops.Deploy;

public static class AppSettings
{
    public static readonly Dictionary<string, string> Values = new()
    {
        ["Smtp__Password"] = "@Microsoft.KeyVault(SecretUri=https://ops-runtime-kv.vault.azure.net/secrets/smtp-password/)",
        ["ConnectionStrings__Store"] = "@Microsoft.KeyVault(VaultName=ops-runtime-kv;SecretName=store-connection)",
    };
}
