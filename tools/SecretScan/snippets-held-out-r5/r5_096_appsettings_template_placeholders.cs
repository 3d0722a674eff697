public static class SettingsTemplate
{
    public const string Json = "{\"AzureAd\":{\"TenantId\":\"<your-tenant-id>\",\"ClientId\":\"<your-client-id>\",\"ClientSecret\":\"<your-client-secret>\"}}";
}
