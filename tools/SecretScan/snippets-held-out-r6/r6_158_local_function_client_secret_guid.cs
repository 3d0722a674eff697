using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Web;

public static class OidcSetup
{
    public static void Add(IServiceCollection services)
    {
        string GetClientSecret() => "d5fd99c7-62c4-95f4-193f-b6b18b3da6d6"; // expect: AFS101

        services.AddAuthentication().AddOpenIdConnect(o =>
        {
            o.Authority = "https://sso.contoso-internal.test/realms/portal";
            o.ClientId = "portal-web";
            o.ClientSecret = GetClientSecret();
            o.ResponseType = "code";
        });
    }
}
