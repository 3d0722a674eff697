using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
public static class FeatureConfig
{
    public static IConfiguration Build() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Auth:RequireApiKey"] = "true",
        ["Smtp:Password"] = "",
        ["Identity:Password:RequireDigit"] = "false",
    }).Build();
}
