using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Sso.Endpoints;

public static class TokenEndpoint
{
    public static string? ClientSecret(IFormCollection form, IConfiguration config)
    {
        var section = config.GetSection("Clients:Password");
        if (form.TryGetValue("client_secret", out var secret)) return secret.ToString();
        return section.Value;
    }
}
