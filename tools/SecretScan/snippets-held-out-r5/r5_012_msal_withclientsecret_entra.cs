using Microsoft.Identity.Client;
public sealed class GraphDaemon
{
    private readonly IConfidentialClientApplication _app = ConfidentialClientApplicationBuilder
        .Create("d2d5e316-e2db-4a1e-ae6d-10cfc0ebd22f")
        .WithTenantId("1b4689d8-c21e-46a1-a648-1c10f6d0ae21")
        .WithClientSecret("Ff70Q~0-c3pWyUx.HQAIQaKbKHQ2w4FW5G-LCIan") // expect: AFS101
        .Build();
}
