using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Worker;

public static class Credentials
{
    public static ClientSecretCredential FromConfig(IConfiguration configuration) => new(
        configuration["AzureAd:TenantId"],
        configuration["AzureAd:ClientId"],
        configuration["AzureAd:ClientSecret"] ?? throw new InvalidOperationException("AzureAd:ClientSecret is missing."));

    public static string Db(IConfiguration configuration) =>
        configuration.GetConnectionString("Warehouse") ?? throw new InvalidOperationException("ConnectionStrings:Warehouse is missing.");

    public static string SmtpPassword() =>
        Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? throw new InvalidOperationException("The environment variable SMTP_PASSWORD is not set.");
}
