using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Auth;

public sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var provided = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].ToString());
        var expected = Encoding.UTF8.GetBytes(options.Value.ApiKey);
        if (!CryptographicOperations.FixedTimeEquals(provided, expected)) { context.Response.StatusCode = 401; return; }
        await next(context);
    }
}
