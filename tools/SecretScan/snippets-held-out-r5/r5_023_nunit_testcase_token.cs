using NUnit.Framework;
[TestFixture]
public class TokenIntrospectionTests
{
    [TestCase("LWuDLUNrlhixTk0XNZwEOHPb1IMdsDiEkRhFwmHX")] // expect: AFS101
    public void Active_token_is_introspected(string accessToken)
    {
        Assert.That(Introspector.IsActive(accessToken), Is.True);
    }
}
