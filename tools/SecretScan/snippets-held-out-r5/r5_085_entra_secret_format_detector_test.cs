using Xunit;
public class SecretPatternTests
{
    [Fact]
    public void Detects_entra_secret() => Assert.True(LeakDetector.LooksLikeEntraSecret("2lL3Q~m0FyitFTxGRmPChcdcuH1DjR.fXtMAEkrM")); // expect: AFS104
}
