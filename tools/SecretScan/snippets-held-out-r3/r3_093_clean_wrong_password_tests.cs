using Xunit;

namespace Identity.Tests;

public class FailedLoginTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Wrong_password_is_rejected()
    {
        var result = await fixture.Client.SignInAsync("alice@contoso.com", "wrong-password");
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("invalid-password")]
    public async Task Invalid_passwords_are_rejected(string password)
    {
        var result = await fixture.Client.SignInAsync("alice@contoso.com", password);
        Assert.False(result.Succeeded);
    }
}
