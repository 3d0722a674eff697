using System.Text;
using Xunit;

namespace Mfa.Tests;

public sealed class TotpRfcVectorTests
{
    // RFC 6238, appendix B: the ASCII seeds "12345678901234567890" (SHA-1) and its 32-byte extension (SHA-256).
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");

    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    public void Sha1_matches_rfc(long unixTime, string expected) => Assert.Equal(expected, Totp.Compute(Sha1Seed, unixTime, 8));

    [Fact]
    public void Sha256_matches_rfc() => Assert.Equal("46119246", Totp.Compute(Sha256Seed, 59, 8, TotpHash.Sha256));
}
