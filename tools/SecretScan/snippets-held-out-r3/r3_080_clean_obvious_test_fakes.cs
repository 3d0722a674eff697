using System.Net;
using Azure.Identity;
using Xunit;

namespace Core.Tests;

public class CredentialWiringTests
{
    [Fact]
    public void Builds_credentials_from_options()
    {
        var credential = new ClientSecretCredential("00000000-0000-0000-0000-000000000000", "11111111-1111-1111-1111-111111111111", "fake-client-secret");
        var network = new NetworkCredential("test-user", "not-a-real-password");
        var options = new PartnerOptions { ApiKey = "dummy-api-key", WebhookSecret = "test-secret" };

        Assert.NotNull(credential);
        Assert.Equal("test-user", network.UserName);
        Assert.Equal("dummy-api-key", options.ApiKey);
    }
}
