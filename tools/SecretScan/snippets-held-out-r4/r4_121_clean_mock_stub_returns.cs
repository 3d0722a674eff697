using Moq;
using NSubstitute;
using Xunit;

namespace Payments.Tests;

public sealed class GatewayClientTests
{
    [Fact]
    public async Task Sends_the_key_from_the_secret_store()
    {
        var secrets = Substitute.For<ISecretStore>();
        secrets.GetAsync("payments-api-key").Returns("stub-api-key");
        var vault = new Mock<IVaultClient>();
        vault.Setup(v => v.ReadPasswordAsync("db")).ReturnsAsync("dummy-password");
        vault.Setup(v => v.ReadClientSecretAsync()).ReturnsAsync("mock-client-secret");

        var handler = new RecordingHandler();
        await new GatewayClient(secrets, vault.Object, handler).ChargeAsync(100);
        Assert.Equal("stub-api-key", handler.LastRequest!.Headers.GetValues("X-Api-Key").Single());
    }
}
