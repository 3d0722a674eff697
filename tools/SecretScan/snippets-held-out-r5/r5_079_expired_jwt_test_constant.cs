using Xunit;
public class RefreshFlowTests
{
    private const string ExpiredAccessToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJGQWpZZDV4NVQ1IiwiaXNzIjoiaHR0cHM6Ly9pZC5kenJyenIudGVzdCIsImlhdCI6MTc1NTU5ODU0OH0.i_3TGDF31nkt29mBgwjlTwKJgUXLURSdi9LK8qmRjSo"; // expect: AFS104
    [Fact]
    public void Expired_token_triggers_refresh() => Assert.True(TokenCache.NeedsRefresh(ExpiredAccessToken));
}
