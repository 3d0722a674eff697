using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.Tokens;
using Xunit;
public class IssuerTests
{
    [Fact]
    public void Rejects_foreign_issuer()
    {
        var handler = new JwtSecurityTokenHandler();
        Assert.Throws<SecurityTokenInvalidIssuerException>(() =>
            handler.ValidateToken("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJFZkRCTG9KQ1E4IiwiaXNzIjoiaHR0cHM6Ly9pZC5ybXdza2EudGVzdCIsImlhdCI6MTcwMjQzNzMxN30.WKO3dA1qrRZYYnFCUPJbdkdyx0bU4njwYFOSbzQjP9Y", new TokenValidationParameters(), out _)); // expect: AFS104
    }
}
