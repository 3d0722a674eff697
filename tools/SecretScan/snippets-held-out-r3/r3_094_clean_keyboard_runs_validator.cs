using Xunit;

namespace Identity.Tests;

public class PasswordStrengthTests
{
    [Theory]
    [InlineData("123456")]
    [InlineData("12345678")]
    [InlineData("qwerty")]
    [InlineData("asdfasdf")]
    [InlineData("aaaaaaaa")]
    [InlineData("abcdefgh")]
    public void Weak_patterns_are_rejected(string password) =>
        Assert.False(PasswordStrength.IsAcceptable(password));
}
