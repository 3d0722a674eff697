using Xunit;

namespace Gateway.Auth.Tests;

public sealed class JwksCacheTests
{
    [Fact]
    public void Finds_signing_key_by_kid()
    {
        var cache = new JwksCache();
        cache.Add(new CachedKey(Kid: "nOo3ZDrODXEK1jKWhXslHR_KXEg", X5t: "nOo3ZDrODXEK1jKWhXslHR_KXEg", Use: "sig"));
        cache.Add(new CachedKey(Kid: "OJdgvD8Z1HExmohnyzau6adi6kNwIQKuZ1P8ImZ5", X5t: "nLoWBap2fbCXLWN3j7gwnqPDImjw0OEdn8StmXAr", Use: "sig"));
        Assert.NotNull(cache.Find("OJdgvD8Z1HExmohnyzau6adi6kNwIQKuZ1P8ImZ5"));
    }
}
