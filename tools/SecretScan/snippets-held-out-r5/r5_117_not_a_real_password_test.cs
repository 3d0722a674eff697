using Xunit;
public class MaskingTests
{
    [Fact]
    public void Password_is_masked()
    {
        var settings = new DbSettings { User = "tester", Password = "not-a-real-password" };
        Assert.DoesNotContain("not-a-real-password", settings.ToString());
    }
}
