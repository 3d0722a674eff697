using Xunit;

namespace Identity.Tests;

public class LoginTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("alice@contoso.com", "Alice#Spring2024")] // expect: AFS101
    [InlineData("bob@contoso.com", "B0b-Marathon-42")] // expect: AFS101
    public async Task Seeded_users_can_sign_in(string email, string password)
    {
        var result = await fixture.Client.SignInAsync(email, password);
        Assert.True(result.Succeeded);
    }
}
