using Azure.Security.KeyVault.Secrets;

namespace Ops.Runtime;

public static class SecretLocations
{
    public static readonly Uri DbPasswordUri = new("https://ops-runtime-kv.vault.azure.net/secrets/db-password/6f1d2e3c4b5a49688778695a4b3c2d1e");

    public static KeyVaultSecretIdentifier Parse() => new(DbPasswordUri);
}
