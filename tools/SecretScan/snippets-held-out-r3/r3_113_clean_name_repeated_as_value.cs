using Microsoft.Extensions.Configuration;
using Xunit;

namespace Config.Tests;

public class BindingTests
{
    [Fact]
    public void Binds_all_members()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Partner:ClientSecret"] = "clientSecret",
            ["Partner:ApiKey"] = "apiKey",
            ["Partner:Password"] = "password",
        }).Build();

        var options = configuration.GetSection("Partner").Get<PartnerOptions>()!;
        Assert.Equal("clientSecret", options.ClientSecret);
        Assert.Equal("apiKey", options.ApiKey);
    }
}
