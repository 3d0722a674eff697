using Azure.Identity;

namespace Platform;

public static class Directory
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ClientId = "1950a258-227b-4e31-a9cf-717495945fc2";
    public const string ApiAppIdUri = "api://5d3f2a1b-0c9e-4d8f-a7b6-c5d4e3f2a1b0";
    public const string AdminsGroupObjectId = "e3b0c442-98fc-4c14-9afb-f4c8996fb924";
    public const string SubscriptionId = "a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7";
    public const string SigningKeyId = "https://contoso-prod-kv.vault.azure.net/keys/token-signing/7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";

    public static ManagedIdentityCredential Identity() => new(clientId: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
}
