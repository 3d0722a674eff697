using Xunit;

namespace Media.Storage.Tests;

public class SigV4Tests
{
    [Fact]
    public void Signs_like_the_documentation()
    {
        var signer = new SigV4Signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
        Assert.NotEmpty(signer.Sign(new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt")));
    }
}
