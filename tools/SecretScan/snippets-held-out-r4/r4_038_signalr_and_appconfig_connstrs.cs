using Microsoft.Extensions.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(
    "Endpoint=https://contoso-flags.azconfig.io;Id=Xk3q-l9-s0:QOV2vn7UovJAiZrqG8b4ls93gG91pq1CLd85ACkT;Secret=Les+TLD8A8P1rG6VuzeRzGKph8kOLx6yh0ap7K0NBSE=");  // expect: AFS103

builder.Services.AddSignalR()
    .AddAzureSignalR("Endpoint=https://contoso-chat.service.signalr.net;AccessKey=7V9pYmU+Jm1+nNjDf7+WpSFhQIwUmecWA5RsmFeSCwg=;Version=1.0;");  // expect: AFS103

var app = builder.Build();
app.MapHub<ChatHub>("/chat");
app.Run();
