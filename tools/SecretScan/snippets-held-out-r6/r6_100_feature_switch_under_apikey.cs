using Microsoft.Extensions.Configuration;

namespace Gateway.Tests;

public static class Switches
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:ApiKey:Enabled"] = "true",
            ["Auth:Password"] = "false",
            ["Smtp:RequireAuthentication"] = "false",
        })
        .Build();
}
