using Microsoft.Identity.Client;

namespace Daemon;

public static class GraphAuth
{
    public static IConfidentialClientApplication Build() =>
        ConfidentialClientApplicationBuilder
            .Create("3f8a2c1e-7b4d-4e9a-a1c2-5d6e7f8a9b0c")
            .WithTenantId("9c1b2a3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d")
            .WithClientSecret("Oky8Q~PGAy5nH15eNZ-5KFqtT8j1AH1saf71-tti") // expect: AFS101
            .Build();
}
