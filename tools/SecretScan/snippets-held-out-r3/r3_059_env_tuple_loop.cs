namespace Jobs.Local;

public static class LocalAzureEnv
{
    public static void Apply()
    {
        foreach (var (name, value) in new[]
        {
            ("AZURE_TENANT_ID", "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d"),
            ("AZURE_CLIENT_ID", "4d2c1b0a-9e8f-4a7b-b6c5-d4e3f2a1b0c9"),
            ("AZURE_CLIENT_SECRET", "Local-Job-Sparrow-17"), // expect: AFS102
        })
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
