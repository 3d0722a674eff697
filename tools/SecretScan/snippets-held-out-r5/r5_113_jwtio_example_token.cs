using System.IdentityModel.Tokens.Jwt;
using Xunit;
public class DecodeTests
{
    [Fact]
    public void Reads_subject()
    {
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        Assert.Equal("1234567890", jwt.Subject);
    }
}
