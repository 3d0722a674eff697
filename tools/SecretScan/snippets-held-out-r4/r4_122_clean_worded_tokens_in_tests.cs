using Xunit;

namespace Sessions.Tests;

public sealed class TokenValidatorTests
{
    private readonly TokenValidator _validator = new(TimeProvider.System);

    [Theory]
    [InlineData("expired-token")]
    [InlineData("not-a-jwt")]
    [InlineData("revoked-refresh-token")]
    public void Rejects_unusable_tokens(string token) => Assert.False(_validator.Validate(token).IsValid);

    [Fact]
    public void Rejects_a_bearer_header_without_a_token() => Assert.False(_validator.ValidateHeader("Bearer ").IsValid);
}
