using System;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets;
using Microsoft.Extensions.Hosting;

namespace WorkerSample;

/// <summary>Reads its connection and settings once, reports them (password masked), and stops the host.</summary>
internal sealed class ExportWorker : BackgroundService
{
    private readonly WorkerSecrets _secrets;
    private readonly IHostApplicationLifetime _lifetime;

    public ExportWorker(WorkerSecrets secrets, IHostApplicationLifetime lifetime)
    {
        _secrets = secrets;
        _lifetime = lifetime;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            AirflowConnection warehouse = await _secrets.GetWarehouseDbAsync(stoppingToken);
            ExportSettings settings = await _secrets.GetExportSettingsAsync(stoppingToken);
            Console.WriteLine($"Warehouse connection: {warehouse}");
            Console.WriteLine($"Exporting {settings.Tables.Count} tables of schema '{settings.Schema}' in batches of {settings.BatchSize}.");
        }
        catch (AirflowSecretsException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            _lifetime.StopApplication();
        }
    }
}
