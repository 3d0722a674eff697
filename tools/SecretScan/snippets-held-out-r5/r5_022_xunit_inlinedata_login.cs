using Xunit;
public class LoginTests
{
    [Theory]
    [InlineData("warehouse.lead", "kjhwdkkzVe2+5.deQjo")] // expect: AFS101
    public void Known_user_can_sign_in(string userName, string password)
    {
        Assert.True(new FakeDirectory().Check(userName, password));
    }
}
