using Microsoft.Extensions.Options;
using Xunit;
public class OptionsTests
{
    [Fact]
    public void Binds()
    {
        var o = Options.Create(new ApiOptions { ApiKey = "test-api-key", ClientSecret = "fake-secret-123" });
        Assert.Equal("test-api-key", o.Value.ApiKey);
    }
}
