using System.Net.Http.Json;
using Xunit;

namespace Accounts.Api.Tests;

public sealed record LoginRequest(string UserName, string Password);

public sealed class TokenEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Returns_token_for_seeded_admin()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/connect/login", new LoginRequest("seed-admin", "Tundra-granite-kestrel-42"));  // expect: AFS101
        response.EnsureSuccessStatusCode();
    }
}
