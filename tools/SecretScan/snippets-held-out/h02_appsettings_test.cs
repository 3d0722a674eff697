using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
public static class TestConfig
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jwt:Issuer"] = "https://localhost:5001",
            ["Jwt:Audience"] = "api",
            ["Jwt:SigningKey"] = "b7Fq2ZpL9xVw4RtY8uN3mK6hJ1dS5aGe", // expect: AFS102
            ["Logging:LogLevel:Default"] = "Information",
        })
        .Build();
}
