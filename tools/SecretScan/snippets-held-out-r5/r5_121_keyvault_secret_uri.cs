using System;
public static class SecretLocations
{
    public static readonly Uri Vault = new("https://kv-billing-prod.vault.azure.net/");
    public static readonly Uri DbPassword = new("https://kv-billing-prod.vault.azure.net/secrets/billing-db-password");
}
