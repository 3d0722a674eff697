using Microsoft.Extensions.Configuration;

namespace Store.Tests;

public static class Settings
{
    public static IConfigurationRoot ForIntegration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new[]
        {
            new KeyValuePair<string, string?>("ConnectionStrings:Default", "Server=localhost,14330;Database=store_it;User Id=sa;Password=wo43_AXDlqVjFeiAu7;TrustServerCertificate=True"), // expect: AFS103
        })
        .Build();
}
