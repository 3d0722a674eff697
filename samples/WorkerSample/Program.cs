// A worker beside Airflow: a hosted service that reads a connection and a typed variable through dependency
// injection, under the names Airflow's Key Vault backend uses. With Airflow's environment
// (AIRFLOW__SECRETS__BACKEND[_KWARGS], AZURE_*) it reads that vault; with none it starts an embedded loopback
// vault (a test double) seeded with the sample's secrets and reads it through the real Azure SDK.
using System;
using AirflowSecrets;
using AirflowSecrets.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkerSample;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
AirflowSecretsBuilder secrets = builder.Services.AddAirflowSecrets()
    .AddSecrets<WorkerSecrets>()
    .CheckSecretsOnStart();

bool vaultConfigured;
try
{
    vaultConfigured = AirflowSecretsEnvironment.FromEnvironment().KeyVault != null;
}
catch (AirflowSecretsConfigurationException ex)
{
    Console.Error.WriteLine("Configuration error: " + ex.Message);
    return 2;
}

LoopbackKeyVault? embedded = null;
if (!vaultConfigured)
{
    embedded = await EmbeddedVault.StartAsync();
    secrets.Configure(options => options.KeyVault = embedded.CreateBackendOptions());
    Console.WriteLine($"No secrets backend configured: using the embedded loopback Key Vault at {embedded.VaultUri} (a test double).");
}

builder.Services.AddHostedService<ExportWorker>();
try
{
    using IHost host = builder.Build();
    await host.RunAsync();
    return Environment.ExitCode;
}
catch (AirflowSecretsException ex)
{
    // A configuration error or missing secrets, found at start-up and named (never with a value).
    Console.Error.WriteLine(ex.Message);
    return 1;
}
finally
{
    if (embedded != null) await embedded.DisposeAsync();
}
