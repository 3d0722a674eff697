using System;
public static class IntegrationEnv
{
    public static void Apply()
    {
        var vars = new[]
        {
            ("CATALOG_DB_USER", "catalog"),
            ("CATALOG_DB_PASSWORD", "Lr.dTSeag+z40TH*gd"), // expect: AFS102
        };
        foreach (var (name, value) in vars) Environment.SetEnvironmentVariable(name, value);
    }
}
