public static class Scopes
{
    public const string Storage = "https://storage.azure.com/.default";
    public const string Api = "api://3b1f0a2e-5c7d-4e9f-8a6b-2c4d6e8f0a1b/access_as_user";
    public const string Graph = "https://graph.microsoft.com/Mail.Send";
}
