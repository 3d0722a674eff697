using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
public sealed class PartnerKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        string? apiKey = context.Request.Headers["X-Partner-Key"];
        if (apiKey != "dd18bae013db961f92d373ad1c5bb10f1c0dc41d") // expect: AFS101
        {
            context.Response.StatusCode = 401;
            return;
        }
        await next(context);
    }
}
