using Xunit;

namespace Gateway.Tests;

public class JwtDecodeTests
{
    private const string Example = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    [Fact]
    public void Reads_name() => Assert.Equal("John Doe", JwtPayload.Read(Example).GetProperty("name").GetString());
}
