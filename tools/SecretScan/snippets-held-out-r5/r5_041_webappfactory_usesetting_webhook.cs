using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
public sealed class BillingApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Billing:WebhookSecret", "whsec_4av5X4bleY1ififQy4dFjsficoLzq5xu"); // expect: AFS102
        builder.UseEnvironment("Testing");
    }
}
