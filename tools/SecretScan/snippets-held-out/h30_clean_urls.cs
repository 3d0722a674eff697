public static class Endpoints
{
    public const string Vault = "https://contoso-kv.vault.azure.net/";
    public const string Secret = "https://contoso-kv.vault.azure.net/secrets/db-password/6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d";
    public const string Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token";
    public const string Scope = "api://6d1f3c2a-8e4b-4f1a-9b7c-2d3e4f5a6b7c/.default";
    public const string Ftp = "ftp://anonymous@ftp.example.org/pub";
}
