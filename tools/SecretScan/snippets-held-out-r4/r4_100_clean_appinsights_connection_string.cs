using Azure.Monitor.OpenTelemetry.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOpenTelemetry().UseAzureMonitor(o =>
{
    o.ConnectionString = "InstrumentationKey=530b7dfe-4da4-48df-abeb-dc60b7f9e166;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/;ApplicationId=a31c2237-59b7-4b07-a734-7d0e8c84413c";
});

var app = builder.Build();
app.MapGet("/", () => "ok");
app.Run();
