using Xunit;

namespace Build.Tests;

public class VersionInfoTests
{
    private const string ExpectedCommit = "c75dfed5e48b80b076d783be2c76c2bdfb3b92fe";
    private const string BlobETag = "\"0x8DC4A1F2E3B7C90\"";
    private const string RequestId = "e7df8da46b8e197e15fef19224e131de";

    [Fact]
    public void Reports_source_revision()
    {
        var info = VersionInfo.Parse($"1.4.2+{ExpectedCommit}");
        Assert.Equal(ExpectedCommit, info.Revision);
        Assert.Equal(40, info.Revision.Length);
        Assert.NotEqual(BlobETag, RequestId);
    }
}
