using Xunit;
public class TotpTests
{
    [Fact]
    public void Builds_otpauth_uri() => Assert.Contains("secret=JBSWY3DPEHPK3PXP",
        Otp.Uri("alice@example.com", "JBSWY3DPEHPK3PXP"));
}
