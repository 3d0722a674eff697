using Xunit;
public class PasswordPolicyTests
{
    [Theory]
    [InlineData("short")]
    [InlineData("alllowercaseletters")]
    public void Rejects_weak(string candidate) { Assert.False(Policy.IsStrong(candidate)); }
}
public static class Policy { public static bool IsStrong(string p) => p.Length > 12; }
