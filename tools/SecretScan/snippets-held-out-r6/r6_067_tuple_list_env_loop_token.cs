namespace Ci.Runner;

public static class JobEnvironment
{
    private static readonly (string Name, string Value)[] Variables =
    [
        ("DEPLOY_REGION", "westeurope"),
        ("DEPLOY_TOKEN", "mfFEMndZo0l6NKDPPem68D3q8nZS1FoIKjMN1P5v"), // expect: AFS102
    ];

    public static void Apply()
    {
        foreach (var (name, value) in Variables)
            Environment.SetEnvironmentVariable(name, value);
    }
}
