using Xunit;

namespace Mfa.Tests;

public class OtpAuthUriTests
{
    [Fact]
    public void Parses_the_documented_example()
    {
        var uri = OtpAuthUri.Parse("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example");
        Assert.Equal("JBSWY3DPEHPK3PXP", uri.Secret);
        Assert.Equal("Example", uri.Issuer);
    }
}
