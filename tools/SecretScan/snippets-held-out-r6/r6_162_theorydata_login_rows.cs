using Xunit;

namespace Accounts.Tests;

public class LoginTests : IClassFixture<AccountsApiFactory>
{
    private readonly AccountsApiFactory _factory;

    public LoginTests(AccountsApiFactory factory) => _factory = factory;

    public static TheoryData<string, string> ValidLogins => new()
    {
        { "alice@contoso.test", "Marmalade-Tram-0620" }, // expect: AFS101
    };

    [Theory]
    [MemberData(nameof(ValidLogins))]
    public async Task Login_succeeds(string email, string password)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/login", new { email, password });
        Assert.True(response.IsSuccessStatusCode);
    }
}
