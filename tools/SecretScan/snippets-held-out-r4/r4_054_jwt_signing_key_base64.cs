using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://auth.contoso-games.com",
            ValidAudience = "leaderboard",
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String("IvmZmDtxpmffxMCXWasRB1CnyQikBIAf1o02MZfufWk=")),  // expect: AFS101
        };
    });

var app = builder.Build();
app.UseAuthentication();
app.Run();
