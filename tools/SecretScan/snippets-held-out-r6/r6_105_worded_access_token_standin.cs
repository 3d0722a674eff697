using Xunit;

namespace Library.Tests;

public class TokenForwardingTests
{
    [Fact]
    public void Forwards_token()
    {
        var handler = new ForwardingHandler { AccessToken = "token-for-alice" };
        Assert.Equal("Bearer token-for-alice", handler.HeaderValue());
    }
}
