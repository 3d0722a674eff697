public sealed class EntraOptions
{
    public string TenantId { get; set; } = "5c9afb7a-ca8a-413c-a803-1d3d9f780606";
    public string ClientId { get; set; } = "8b275958-c2bc-4281-ae2c-3a79e514665a";
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
}
