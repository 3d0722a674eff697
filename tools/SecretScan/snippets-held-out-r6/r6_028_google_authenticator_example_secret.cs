using Xunit;

namespace Accounts.Tests;

public class TotpUriTests
{
    [Fact]
    public void Builds_key_uri()
    {
        var uri = TotpUri.Build("Example", "alice@google.com", "JBSWY3DPEHPK3PXP");
        Assert.Equal("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example", uri);
    }
}
