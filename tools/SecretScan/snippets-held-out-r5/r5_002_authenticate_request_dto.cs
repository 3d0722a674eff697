using System.Threading.Tasks;
using Xunit;
public class AuthFlowTests
{
    [Fact]
    public async Task Admin_can_sign_in()
    {
        var response = await Client.PostAsync(new Authenticate
        {
            provider = "credentials",
            UserName = "admin@fabrikam-shop.test",
            Password = "3Y1QDRmfyJP_y*Wl9", // expect: AFS101
            RememberMe = true,
        });
        Assert.NotNull(response.BearerToken);
    }
    private static dynamic Client => null;
}
