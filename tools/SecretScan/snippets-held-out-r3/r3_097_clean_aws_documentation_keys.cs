using Xunit;

namespace Cloud.Tests;

public class AwsProfileParserTests
{
    [Fact]
    public void Reads_default_profile()
    {
        var text = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2\n";
        var profile = AwsProfileParser.Parse(text)["default"];
        Assert.Equal("AKIAIOSFODNN7EXAMPLE", profile.AccessKeyId);
        Assert.Equal("us-west-2", profile.Region);
    }
}
