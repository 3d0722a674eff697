using Xunit;

namespace Portal.Tests;

public sealed class LoginTests
{
    public static TheoryData<string, string> StaffAccounts => new()
    {
        { "dispatch.lead", "Nimbus5640@" },  // expect: AFS101
        { "warehouse.ops", "p0Z4NAroaJDoFlTH" },  // expect: AFS101
    };

    [Theory]
    [MemberData(nameof(StaffAccounts))]
    public async Task Staff_can_sign_in(string userName, string password)
    {
        var result = await PortalDriver.SignInAsync(userName, password);
        Assert.True(result.Succeeded);
    }
}
