using Xunit;

namespace Newsletter.Tests;

public class MailjetOptionsTests
{
    [Fact]
    public void Binds()
    {
        var options = new MailjetOptions { ApiKey = "apiKey", ApiSecret = "apiSecret" };
        Assert.Equal("apiSecret", options.ApiSecret);
    }
}
