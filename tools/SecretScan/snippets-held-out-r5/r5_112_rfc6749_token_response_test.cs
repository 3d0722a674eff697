using System.Text.Json;
using Xunit;
public class TokenResponseTests
{
    [Fact]
    public void Parses_spec_example()
    {
        var json = "{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example\",\"expires_in\":3600,\"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}";
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(3600, doc.RootElement.GetProperty("expires_in").GetInt32());
    }
}
