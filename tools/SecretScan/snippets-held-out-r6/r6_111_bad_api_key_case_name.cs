using Xunit;

namespace Gateway.Tests;

public class ApiKeyFilterTests
{
    private const string _badApiKey = "bad-key";

    [Fact]
    public async Task Rejects_unknown_key()
    {
        var result = await ApiKeyFilter.CheckAsync(_badApiKey);
        Assert.False(result.Allowed);
    }
}
