using System.Diagnostics;
public static class Provision
{
    public static void SeedVault() => Process.Start("az",
        "keyvault secret set --vault-name kv-orders-dev --name orders-db-password --value C2OR5LQq6PdZz8eSQaD")?.WaitForExit(); // expect: AFS102
}
