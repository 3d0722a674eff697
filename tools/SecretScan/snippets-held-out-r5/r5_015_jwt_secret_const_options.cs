using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
public static class AuthSetup
{
    private const string JwtSecret = "oXFR8akwLEOx3OVzha7RMtrgymvim0ayZJjhO8bl"; // expect: AFS101
    public static void Configure(JwtBearerOptions o)
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://api.tailwind-travel.test",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(JwtSecret)),
        };
    }
}
