using Xunit;

namespace Accounts.Tests;

public class ComplexityTests
{
    [Theory]
    [InlineData("qwertyuiop")]
    [InlineData("12345678")]
    public void Rejects_weak(string password) => Assert.NotEmpty(PasswordRules.Check(password));
}
