using System;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
public static class Setup
{
    public static ClientSecretCredential Build(IConfiguration config) => new ClientSecretCredential(
        config["AzureAd:TenantId"], config["AzureAd:ClientId"], config["AzureAd:ClientSecret"] ?? throw new InvalidOperationException("AzureAd:ClientSecret is not set"));
    public static string Conn() => Environment.GetEnvironmentVariable("DB_PASSWORD") ?? string.Empty;
}
