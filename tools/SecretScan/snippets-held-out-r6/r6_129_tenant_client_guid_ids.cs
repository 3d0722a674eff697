namespace Portal.Web;

public static class EntraApp
{
    public const string TenantId = "3f9a2c71-5d4b-4e8a-9c0f-1b2d3e4f5a6b";
    public const string ClientId = "a1b2c3d4-e5f6-4789-8abc-def012345678";
    public const string Instance = "https://login.microsoftonline.com/";
}
