using Xunit;

namespace Integrations.Tests;

public sealed class IdParsingTests
{
    [Theory]
    [InlineData("cus_njn71AGGTAKc1caEbzx3h4Sc", "customer")]
    [InlineData("pi_3Yxo2EO73MEDha4QFphDM86y5", "payment_intent")]
    [InlineData("price_10GP131tItalznLIb4wpLYtX8", "price")]
    public void Recognises_stripe_object_kinds(string id, string kind) => Assert.Equal(kind, StripeIds.KindOf(id));

    [Fact]
    public void Decodes_github_node_ids()
    {
        Assert.StartsWith("04:User", GitHubIds.Decode("MDQ6VXNlcjI1MTc1ODMw"));
        Assert.StartsWith("010:Repository", GitHubIds.Decode("MDEwOlJlcG9zaXRvcnk3NDYzNzk4OTQ="));
        Assert.True(SlackIds.IsChannel("C074ZO3OSCN"));
    }
}
