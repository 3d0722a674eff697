using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Admin;

public sealed class AdminKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers["X-Admin-Key"] == "adm_d0018e1fe0a2423efa373bc17cc79f77") // expect: AFS101
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }

    public static bool IsWebhookCaller(string supplied) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(supplied), "hook-Kestrel-Quartz-09"u8); // expect: AFS101
}
