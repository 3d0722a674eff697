using Azure.Identity;
public static class Ids
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    public static DefaultAzureCredential Credential() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = TenantId, ManagedIdentityClientId = ClientId });
}
