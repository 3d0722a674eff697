using System.Net.Http.Headers;
using Xunit;

namespace OAuth.Server.Tests;

public sealed class ClientAuthenticationTests
{
    // RFC 6749, sections 2.3.1 and 4.1.3: client "s6BhdRkqt3".
    private const string RfcClientId = "s6BhdRkqt3";
    private const string RfcClientSecret = "7Fjfp0ZBr1KtDRbnfVdmIw";

    [Fact]
    public void Reads_credentials_from_the_request_body()
    {
        var form = new Dictionary<string, string> { ["client_id"] = RfcClientId, ["client_secret"] = RfcClientSecret, ["grant_type"] = "client_credentials" };
        var result = ClientAuthenticator.FromForm(form);
        Assert.Equal(RfcClientId, result.ClientId);
    }

    [Fact]
    public void Reads_credentials_from_the_basic_header()
    {
        var header = new AuthenticationHeaderValue("Basic", "czZCaGRSa3F0MzpnWDFmQmF0M2JW");
        var result = ClientAuthenticator.FromHeader(header);
        Assert.Equal("gX1fBat3bV", result.ClientSecret);
    }
}
