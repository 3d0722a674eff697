using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace WebApp.IntegrationTests;

public sealed class AppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new[]
        {
            new KeyValuePair<string, string?>("AzureAd:Instance", "https://login.microsoftonline.com/"),
            new KeyValuePair<string, string?>("AzureAd:TenantId", "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d"),
            new KeyValuePair<string, string?>("AzureAd:ClientSecret", "itest-Owl-Ridge-2291"), // expect: AFS102
        }));
    }
}
