using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Orders.Api.Tests;

public sealed class OrdersEndpointTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public OrdersEndpointTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Get_orders_returns_ok_for_signed_in_user()
    {
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vZjI5MjRjNDYtOTZhZC00YTM0LTk5NTItMTRmY2JiNTFlYjcwL3YyLjAiLCJzdWIiOiJjWDJORVZHcTZUb2IwY2thRzZLTHEzU0JYSGpiS3pyZUREQm5EU2hZVG5vIiwiYXVkIjoiYXBpOi8vb3JkZXJzIiwiaWF0IjoxNzcyMjYwNDY3LCJuYmYiOjE3NzIyNjA0NjcsImV4cCI6MTgwMzc4NzcwNywiYXpwIjoiYjJmNTA1NjEtY2NhOS00MmZlLTllY2MtYzI5MjQyMTU2YjZiIiwic2NwIjoiYWNjZXNzX2FzX3VzZXIifQ.-_2CiDa8dxKLWVbHWa2QURvbXQ63wCiVKcOZhDLvWrw");  // expect: AFS104
        var response = await _client.GetAsync("/api/orders");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
