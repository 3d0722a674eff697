var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication()
    .AddGoogle(o =>
    {
        o.ClientId = "804217390511-k2d9v7q1m3n5b8c4x6z0a1s2d3f4g5h6.apps.googleusercontent.com";
        o.ClientSecret = "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";  // expect: AFS101
    })
    .AddFacebook(o =>
    {
        o.AppId = "1183746592013847";
        o.AppSecret = "e7a0ef21a942f9a53baf1af2b8bc3520";  // expect: AFS101
    });

var app = builder.Build();
app.UseAuthentication();
app.Run();
