using System.IdentityModel.Tokens.Jwt;
using Xunit;

namespace Auth.Tools.Tests;

public sealed class JwtDecoderTests
{
    // The example token shown on https://jwt.io (signed with the site's demo key).
    private const string JwtIoExample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    [Fact]
    public void Decodes_subject_and_name()
    {
        var token = new JwtSecurityTokenHandler().ReadJwtToken(JwtIoExample);
        Assert.Equal("1234567890", token.Subject);
        Assert.Equal("John Doe", token.Claims.Single(c => c.Type == "name").Value);
    }
}
