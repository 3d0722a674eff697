using Xunit;

namespace Sso.Tests;

public class TokenResponseTests
{
    [Fact]
    public void Parses_rfc_example()
    {
        const string json = "{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example\",\"expires_in\":3600,\"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}";
        var response = TokenResponse.Parse(json);
        Assert.Equal(3600, response.ExpiresIn);
        var basic = TokenRequest.BasicHeader("s6BhdRkqt3", "7Fjfp0ZBr1KtDRbnfVdmIw");
        Assert.StartsWith("Basic ", basic);
    }
}
