using Xunit;

namespace OAuth.Server.Tests;

public sealed class PasswordGrantParsingTests
{
    [Fact]
    public void Parses_the_rfc_example_request()
    {
        // RFC 6749, 4.3.2: grant_type=password&username=johndoe&password=A3ddj3w
        var request = TokenRequest.Parse("grant_type=password&username=johndoe&password=A3ddj3w");
        Assert.Equal("johndoe", request.UserName);
        Assert.Equal("A3ddj3w", request.Password);
    }

    [Fact]
    public void Serialises_the_rfc_example_response()
    {
        // RFC 6749, 4.3.3
        var json = TokenResponse.Bearer("2YotnFZFEjr1zCsicMWpAA", 3600, "tGzv3JOkF0XG5Qx2TlKWIA").ToJson();
        Assert.Contains("\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\"", json);
    }
}
