using Xunit;

namespace Logging.Redaction.Tests;

public sealed class SecretMaskerTests
{
    [Theory]
    [InlineData("O843Q~Qt.1.71WZhe4X1BUNAE8jBuDrmrAk05LKV")]  // expect: AFS104
    [InlineData("xoxp-327730398884-811963102107-2271422407102-e2a14d610f0f4643ccf7af0e4c5070c7")]  // expect: AFS104
    public void Masks_known_secret_formats(string input)
    {
        var masked = SecretMasker.Mask($"value={input}");
        Assert.DoesNotContain(input, masked);
    }
}
