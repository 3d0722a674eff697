using System;
public static class Bootstrap
{
    public static void Init()
    {
        AppContext.SetData("Vault:Address", "https://vault.ops.internal:8200");
        AppContext.SetData("Vault:Token", "hvs.Qc2lmh2ZOFxVSmmDyWwJQKZJ"); // expect: AFS102
    }
}
