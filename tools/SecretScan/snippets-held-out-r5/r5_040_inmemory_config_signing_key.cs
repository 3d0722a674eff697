using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
public static class TestConfig
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jwt:Issuer"] = "https://auth.test-harness.local",
            ["Jwt:SigningKey"] = "YLQ9Z9qZohlC-NMqvcOgyrGNRowfV657GzR3xa0dsQY=", // expect: AFS102
        })
        .Build();
}
