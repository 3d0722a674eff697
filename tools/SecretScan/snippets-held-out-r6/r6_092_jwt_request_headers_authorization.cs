using Microsoft.AspNetCore.Http;

namespace Telemetry.Tests;

public class DeviceAuthMiddlewareTests
{
    [Fact]
    public async Task Accepts_device_token()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["Authorization"] = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZXZpY2UtNzczMSIsInNjb3BlIjoidGVsZW1ldHJ5LndyaXRlIiwiZXhwIjoxNzY3MjI1NjAwfQ.FLCpwhfCiY4fDj_2Aw1OMHsS48G6UzpqObrGnGmVGGY"; // expect: AFS104
        await new DeviceAuthMiddleware(_ => Task.CompletedTask).InvokeAsync(context);
        Assert.Equal(200, context.Response.StatusCode);
    }
}
