// An ASP.NET Core minimal API whose configuration comes from Airflow's secrets: an options class bound from the JSON
// variable report_settings, a connection string from ConnectionStrings:warehouse_db (in Npgsql's form), and /health
// from the AirflowSecrets health check. With Airflow's environment (AIRFLOW__SECRETS__BACKEND[_KWARGS], AZURE_*) it
// reads that vault; with none it starts an embedded loopback vault (a test double) and reads it through the real SDK.
using System;
using System.Data.Common;
using AirflowSecrets;
using AirflowSecrets.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebSample;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

LoopbackKeyVault? embedded = null;
try
{
    if (AirflowSecretsEnvironment.FromEnvironment().KeyVault is null)
    {
        embedded = await EmbeddedVault.StartAsync();
        Console.WriteLine($"No secrets backend configured: using the embedded loopback Key Vault at {embedded.VaultUri} (a test double).");
    }

    // Reads airflow-variables-report-settings and airflow-connections-warehouse-db, nothing else; every 5 minutes again.
    builder.Configuration.AddAirflowSecrets<WebSecrets>(options =>
    {
        options.ReloadInterval = TimeSpan.FromMinutes(5);
        if (embedded != null) options.ConfigureSecrets = secrets => secrets.KeyVault = embedded.CreateBackendOptions();
    });
}
catch (AirflowSecretsException ex)
{
    // A configuration error or missing secrets, named (never with a value).
    Console.Error.WriteLine(ex.Message);
    if (embedded != null) await embedded.DisposeAsync();
    return 1;
}

builder.Services.Configure<ReportSettings>(builder.Configuration.GetSection("Airflow:Variables:report_settings"));
builder.Services.AddHealthChecks().AddAirflowSecrets();

WebApplication app = builder.Build();
app.MapHealthChecks("/health");
app.MapGet("/report", (IOptionsMonitor<ReportSettings> settings, IConfiguration configuration) =>
{
    // The connection string as EF Core's UseNpgsql or Aspire's AddNpgsqlDataSource would take it; shown without its password.
    var warehouse = new DbConnectionStringBuilder { ConnectionString = configuration.GetConnectionString("warehouse_db") };
    return new
    {
        settings.CurrentValue.Title,
        settings.CurrentValue.MaxRows,
        settings.CurrentValue.Recipients,
        WarehouseHost = warehouse["Host"],
        WarehouseDatabase = warehouse["Database"],
    };
});

try
{
    ReportSettings report = app.Services.GetRequiredService<IOptions<ReportSettings>>().Value;
    var warehouse = new DbConnectionStringBuilder { ConnectionString = app.Configuration.GetConnectionString("warehouse_db") };
    Console.WriteLine($"Report '{report.Title}' (at most {report.MaxRows} rows) for {report.Recipients.Count} recipients; warehouse {warehouse["Host"]}/{warehouse["Database"]}.");
    await app.RunAsync();
    return 0;
}
finally
{
    if (embedded != null) await embedded.DisposeAsync();
}
