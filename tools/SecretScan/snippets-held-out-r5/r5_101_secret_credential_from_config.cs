using Azure.Identity;
using Microsoft.Extensions.Configuration;
public static class Credentials
{
    public static ClientSecretCredential From(IConfiguration c) =>
        new ClientSecretCredential(c["AzureAd:TenantId"], c["AzureAd:ClientId"], c["AzureAd:ClientSecret"]);
}
