namespace Ops.Bootstrap;

public static class VaultScript
{
    public const string SeedLine =
        "az keyvault secret set --vault-name ops-bootstrap-kv --name grafana-admin-password --value 'Meadow^Circuit61'"; // expect: AFS102
}
