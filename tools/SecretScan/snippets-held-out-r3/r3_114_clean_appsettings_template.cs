namespace Templates;

public static class AppSettingsTemplate
{
    public const string Json = """
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "[Enter the Tenant Id]",
            "ClientId": "[Enter the Client Id]",
            "ClientSecret": "[Enter the Client Secret]"
          },
          "ConnectionStrings": {
            "Default": "Server=(localdb)\\mssqllocaldb;Database=app;Trusted_Connection=True"
          }
        }
        """;
}
