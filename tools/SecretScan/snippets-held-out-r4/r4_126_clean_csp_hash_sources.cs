namespace Web.Security;

public sealed class CspMiddleware(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; script-src 'self' 'sha256-3oAbG+3F9r4s02r0SY1YFuJZ5BO2b1ns/hKL7hVSrkU=' 'sha256-rftop5HOyrA7YTCH+xIU5Ws6TNhoFRWCyYcbNbgfWJ8='; " +
        "style-src 'self' 'sha256-ieNzUhyNFcGegP2tYWFkbQq+JQVP9j6tdgJ2BeXKyuo='; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers.ContentSecurityPolicy = Policy;
        return next(context);
    }
}
