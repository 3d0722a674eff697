using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Configuration.Tests.Support;
using AirflowSecrets.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Configuration.Tests;

/// <summary>healthChecks.AddAirflowSecrets(): each state driven by faults injected into the loopback vault.</summary>
public sealed class HealthCheckTests : IAsyncLifetime
{
    private LoopbackKeyVault _vault = null!;
    private readonly string _password = TestVault.NewPassword();
    private readonly string _canary = TestVault.NewCanary();
    private readonly ListLogger _log = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        _vault = await TestVault.StartAsync();
        _vault.Store.SetVariable("report_settings", """{"title": "Nightly"}""");
        _vault.Store.SetVariable("greeting", _canary);
        _vault.Store.SetConnection("warehouse_db", "postgres://etl:" + _password + "@warehouse.internal:5432/dw");
        _vault.Store.SetConnection("orders_db", "mssql://sa:" + _password + "@orders.internal:1433/orders");
        _vault.Store.SetConfig("sql_alchemy_conn", "postgresql://airflow@meta/airflow");
    }

    public async Task DisposeAsync()
    {
        if (_services != null) await _services.DisposeAsync();
        await _vault.DisposeAsync();
    }

    private async Task<HealthReportEntry> CheckAsync()
    {
        if (_services is null)
        {
            AirflowSecretsOptions settings = TestVault.Options(_vault, name => _environment.TryGetValue(name, out string? value) ? value : null);
            var services = new ServiceCollection();
            services.AddSingleton<ILoggerFactory>(_log);
            services.AddLogging();
            services.AddAirflowSecrets(options =>
            {
                options.KeyVault = settings.KeyVault;
                options.UseEnvironmentVariables = true;
                options.EnvironmentVariableReader = settings.EnvironmentVariableReader;
            }).AddSecrets<AppSecrets>();
            services.AddHealthChecks().AddAirflowSecrets();
            _services = services.BuildServiceProvider();
        }

        HealthReport report = await _services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        HealthReportEntry entry = report.Entries["airflow_secrets"];
        Assert.DoesNotContain(_canary, entry.Description ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(_password, entry.Description ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(_canary, _log.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(_password, _log.AllText, StringComparison.Ordinal);
        return entry;
    }

    [Fact]
    public async Task Healthy_when_the_vault_answers_and_every_declared_secret_is_there()
    {
        HealthReportEntry entry = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Contains("Azure Key Vault", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_when_a_required_secret_is_missing_naming_it()
    {
        _vault.Store.Delete("airflow-variables-greeting");
        HealthReportEntry entry = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("greeting", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("motd", entry.Description, StringComparison.Ordinal); // optional: its absence is fine
    }

    [Fact]
    public async Task Unhealthy_when_the_vault_refuses_access()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        _vault.InjectFault(LoopbackFault.Status(403, "Forbidden"));
        HealthReportEntry entry = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("refuses access", entry.Description, StringComparison.Ordinal);
        Assert.Contains("403", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_when_the_vault_cannot_be_reached()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        _vault.InjectFault(LoopbackFault.DropConnection());
        HealthReportEntry entry = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("cannot be reached", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Degraded_when_the_vault_fails_and_cached_values_are_served()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        _vault.InjectFault(LoopbackFault.ServerError(503));
        HealthReportEntry entry = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("HTTP 503", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Degraded_when_the_vault_fails_and_the_environment_answers_instead()
    {
        using var backend = new AzureKeyVaultBackend(_vault.CreateBackendOptions());
        _environment["AIRFLOW_VAR_GREETING"] = _canary;
        _vault.InjectFault(LoopbackFault.ServerError(503), "airflow-variables-greeting");
        _vault.InjectFault(LoopbackFault.ServerError(503), backend.SecretNames(AirflowSecretKind.Variable, "airflow_secrets_health_probe")[0]);
        HealthReportEntry entry = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("fails (HTTP 503", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configuration_provider_is_checked_too_and_a_failing_reload_degrades()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        IConfigurationRoot configuration = new ConfigurationBuilder().AddAirflowSecrets(options =>
        {
            options.Secrets = TestVault.Options(_vault);
            options.Secrets.MaxStaleness = TimeSpan.Zero;
            options.Secrets.CacheTtl = TimeSpan.FromSeconds(1);
            options.TimeProvider = clock;
            options.Add(AirflowSecretKey.Variable("greeting"));
            options.ReloadInterval = TimeSpan.FromHours(1);
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddHealthChecks().AddAirflowSecrets();
        await using ServiceProvider provider = services.BuildServiceProvider();
        HealthCheckService health = provider.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        _vault.Store.Delete("airflow-variables-greeting");
        clock.Advance(TimeSpan.FromSeconds(2)); // past the resolver's TTL, so that the reload asks the vault
        AirflowSecretsConfigurationProvider airflow = System.Linq.Enumerable.Single(System.Linq.Enumerable.OfType<AirflowSecretsConfigurationProvider>(configuration.Providers));
        Assert.False(await airflow.ReloadAsync());
        HealthReport report = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("configuration reload fails", report.Entries["airflow_secrets"].Description, StringComparison.Ordinal);
        Assert.DoesNotContain(_canary, report.Entries["airflow_secrets"].Description, StringComparison.Ordinal);
    }
}
