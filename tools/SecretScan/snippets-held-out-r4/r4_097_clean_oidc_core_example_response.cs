using System.Text.Json;
using Xunit;

namespace Oidc.Client.Tests;

public sealed class TokenResponseTests
{
    // OpenID Connect Core 1.0, sections 3.1.2.5 and 3.1.3.3.
    private const string Code = "SplxlOBeZQQYbYS6WxSbIA";
    private const string ExampleResponse = "{\"access_token\":\"SlAV32hkKG\",\"token_type\":\"Bearer\",\"refresh_token\":\"8xLOxBtZp8\",\"expires_in\":3600}";

    [Fact]
    public void Maps_the_specification_example()
    {
        var response = JsonSerializer.Deserialize<OidcTokenResponse>(ExampleResponse)!;
        Assert.Equal("SlAV32hkKG", response.AccessToken);
        Assert.Equal("8xLOxBtZp8", response.RefreshToken);
        Assert.Equal(22, Code.Length);
    }
}
