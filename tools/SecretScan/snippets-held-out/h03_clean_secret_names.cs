public static class SecretNames
{
    public const string DatabasePassword = "database-password";
    public const string StorageAccountKey = "storage-account-key";
    public const string ClientSecretSetting = "AzureAd:ClientSecret";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string PasswordClaim = "pwd_changed_at";
}
