using Xunit;

namespace Portal.Tests;

public class ClientSecretOptionsTests
{
    [Fact]
    public void Binds_secret()
    {
        var options = new OidcClientOptions { ClientId = "portal-web", ClientSecret = "not-a-real-secret" };
        Assert.Equal("not-a-real-secret", options.ClientSecret);
    }
}
