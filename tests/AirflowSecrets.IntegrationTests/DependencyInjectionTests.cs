using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AirflowSecrets.IntegrationTests;

/// <summary><c>AddAirflowSecrets</c> in a host: the resolver, the generated classes, and the start-up checks.</summary>
public sealed class DependencyInjectionTests
{
    private static KeyVaultSecretStore Seeded()
    {
        var store = new KeyVaultSecretStore();
        store.SetVariable("my_var", "from-di");
        store.SetVariable("warehouse", "{\"schema\": \"raw\", \"batch_size\": 10, \"tables\": []}");
        store.Set("airflow-variables-analytics--bucket", "team-bucket");
        store.SetConnection("postgres_default", "postgres://etl@db.internal:5432/warehouse");
        store.SetConfig("sql_alchemy_conn", "postgresql://airflow@meta/airflow");
        return store;
    }

    private static IHost Build(Action<AirflowSecretsBuilder> configure, KeyVaultSecretStore store)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        AirflowSecretsBuilder secrets = builder.Services.AddAirflowSecrets(options =>
        {
            options.UseEnvironmentVariables = false;
            options.AdditionalBackends.Add(new InMemoryKeyVaultBackend(store));
        });
        configure(secrets);
        return builder.Build();
    }

    [Fact]
    public async Task Generated_classes_are_resolved_over_the_registered_resolver()
    {
        using IHost host = Build(secrets => secrets.AddSecrets<DagSecrets>(), Seeded());
        await host.StartAsync();
        DagSecrets dag = host.Services.GetRequiredService<DagSecrets>();
        Assert.Equal("from-di", await dag.GetMyVarAsync());
        Assert.Same(host.Services.GetRequiredService<AirflowSecretResolver>(), host.Services.GetRequiredService<AirflowSecretResolver>());
        Assert.Same(dag, host.Services.GetServices<IDeclaresAirflowSecrets>().Single());
        await host.StopAsync();
    }

    [Fact]
    public async Task The_start_up_check_lists_every_missing_secret_in_one_error()
    {
        var store = new KeyVaultSecretStore();
        store.SetVariable("my_var", "present");
        using IHost host = Build(secrets => secrets.AddSecrets<DagSecrets>().CheckSecretsOnStart(), store);
        var error = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => host.StartAsync());
        Assert.Equal(new[] { "warehouse", "bucket", "postgres_default", "sql_alchemy_conn" }, error.Failures.Select(f => f.Key.Key));
    }

    [Fact]
    public async Task The_start_up_check_passes_and_fills_the_cache_when_everything_exists()
    {
        using IHost host = Build(secrets => secrets.AddSecrets<DagSecrets>().CheckSecretsOnStart(), Seeded());
        await host.StartAsync();
        Assert.Equal("team-bucket", await host.Services.GetRequiredService<DagSecrets>().GetBucketAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task An_invalid_configuration_stops_the_host_naming_the_setting()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AIRFLOW:SECRETS:BACKEND"] = "airflow.providers.hashicorp.secrets.vault.VaultBackend",
        }).Build();
        builder.Services.AddAirflowSecrets(configuration).AddSecrets<DagSecrets>();
        using IHost host = builder.Build();
        var error = await Assert.ThrowsAsync<AirflowSecretsConfigurationException>(() => host.StartAsync());
        Assert.Contains("VaultBackend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_keeps_one_registration_and_applies_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddAirflowSecrets(options => options.CacheTtl = TimeSpan.FromSeconds(60));
        services.AddAirflowSecrets(options => options.OutageInterval = TimeSpan.FromSeconds(5)).AddSecrets<DagSecrets>();
        services.AddAirflowSecrets().AddSecrets<DagSecrets>();

        Assert.Single(services, d => d.ServiceType == typeof(AirflowSecretResolver));
        Assert.Single(services, d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService));
        Assert.Single(services, d => d.ServiceType == typeof(IDeclaresAirflowSecrets));
        using ServiceProvider provider = services.BuildServiceProvider();
        AirflowSecretsOptions options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AirflowSecretsOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(60), options.CacheTtl);
        Assert.Equal(TimeSpan.FromSeconds(5), options.OutageInterval);
        Assert.Same(options, provider.GetRequiredService<AirflowSecretsOptions>());
    }

    [Fact]
    public void The_start_up_check_is_registered_where_it_is_added_not_first()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService, NoOpService>();
        services.AddAirflowSecrets(_ => { });
        Assert.Equal(typeof(NoOpService), services.First(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)).ImplementationType);
    }

    [Fact]
    public async Task Missing_secrets_stop_the_host_before_a_service_registered_earlier_starts()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var early = new NoOpService();
        builder.Services.AddSingleton<IHostedService>(early);
        builder.Services.AddAirflowSecrets(options =>
        {
            options.UseEnvironmentVariables = false;
            options.AdditionalBackends.Add(new InMemoryKeyVaultBackend(new KeyVaultSecretStore()));
        }).AddSecrets<DagSecrets>().CheckSecretsOnStart();
        using IHost host = builder.Build();
        await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => host.StartAsync());
        Assert.False(early.Started);
    }

    private sealed class NoOpService : Microsoft.Extensions.Hosting.IHostedService
    {
        public bool Started { get; private set; }

        public System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken)
        {
            Started = true;
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
    }

    [Fact]
    public async Task Configure_adjusts_the_options_before_validation()
    {
        using IHost host = Build(secrets => secrets.Configure(options => options.CacheTtl = TimeSpan.Zero), Seeded());
        var error = await Assert.ThrowsAsync<AirflowSecretsConfigurationException>(() => host.StartAsync());
        Assert.Equal("cache_ttl_seconds", error.Setting);
    }
}
