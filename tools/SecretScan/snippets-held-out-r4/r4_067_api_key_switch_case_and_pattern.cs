namespace Legacy.Gateway;

public sealed class PartnerKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        string? apiKey = context.Request.Headers["X-Partner-Key"];
        string partner;
        switch (apiKey)
        {
            case "EnpEip0lzefeWIIqo9XBX0a1OBMkolspMDAM0hg5":  // expect: AFS101
                partner = "northwind";
                break;
            default:
                partner = apiKey is "5FeuQmolIkcj95AZwaQqVoltN8HKksolmjKgG8QQ" ? "fabrikam" : "";  // expect: AFS101
                break;
        }
        if (partner.Length == 0) { context.Response.StatusCode = 401; return; }
        context.Items["partner"] = partner;
        await next(context);
    }
}
