using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Configuration.Tests.Support;
using AirflowSecrets.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AirflowSecrets.Configuration.Tests;

/// <summary>configuration.AddAirflowSecrets over the loopback vault: the keys, what is asked of the vault, reloads.</summary>
public sealed class ConfigurationProviderTests : IAsyncLifetime
{
    private const string Report = """{"title": "Nightly", "retries": 3, "limits": {"maxRows": 5000, "timeout": "00:02:00"}, "recipients": ["ops@example.com", "data@example.com"]}""";

    private LoopbackKeyVault _vault = null!;
    private readonly string _password = TestVault.NewPassword();
    private readonly ListLogger _log = new();

    public async Task InitializeAsync()
    {
        _vault = await TestVault.StartAsync();
        _vault.Store.SetVariable("report_settings", Report);
        _vault.Store.SetVariable("greeting", "hello");
        _vault.Store.SetConnection("warehouse_db", "postgres://etl:" + _password + "@warehouse.internal:5432/dw?sslmode=require&application_name=reports");
        _vault.Store.SetConnection("orders_db", "mssql://sa:" + _password + "@orders.internal:1433/orders");
        _vault.Store.SetConfig("sql_alchemy_conn", "postgresql://airflow@meta/airflow");
        // The rest of a shared vault: never asked for.
        for (int i = 0; i < 40; i++) _vault.Store.SetVariable("other_team_setting_" + i, "x");
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    private IConfigurationRoot Build(Action<AirflowSecretsConfigurationOptions>? configure = null) =>
        new ConfigurationBuilder().AddAirflowSecrets<AppSecrets>(options =>
        {
            options.Secrets = TestVault.Options(_vault);
            options.LoggerFactory = _log;
            configure?.Invoke(options);
        }).Build();

    [Fact]
    public void The_provider_asks_the_vault_for_the_declared_names_only_and_never_lists_it()
    {
        Build();
        LoopbackRequest[] secretRequests = _vault.Requests.Where(r => r.Operation != "token" && r.Authenticated).ToArray();
        Assert.DoesNotContain(secretRequests, r => r.Operation == "list");
        Assert.Equal(
            new[]
            {
                "airflow-config-sql-alchemy-conn", "airflow-connections-orders-db", "airflow-connections-warehouse-db",
                "airflow-variables-greeting", "airflow-variables-motd", "airflow-variables-report-settings",
            },
            secretRequests.Select(r => r.SecretName!).Distinct().OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Variables_connections_and_config_appear_under_their_keys()
    {
        IConfigurationRoot configuration = Build();

        Assert.Equal("hello", configuration["Airflow:Variables:greeting"]);
        Assert.Equal(Report, configuration["Airflow:Variables:report_settings"]);
        Assert.Equal("Nightly", configuration["Airflow:Variables:report_settings:title"]);
        Assert.Equal("5000", configuration["Airflow:Variables:report_settings:limits:maxRows"]);
        Assert.Equal("data@example.com", configuration["Airflow:Variables:report_settings:recipients:1"]);
        Assert.Equal("postgresql://airflow@meta/airflow", configuration["Airflow:Config:sql_alchemy_conn"]);

        IConfigurationSection warehouse = configuration.GetSection("Airflow:Connections:warehouse_db");
        Assert.Equal("postgres", warehouse["ConnType"]);
        Assert.Equal("warehouse.internal", warehouse["Host"]);
        Assert.Equal("5432", warehouse["Port"]);
        Assert.Equal("etl", warehouse["Login"]);
        Assert.Equal(_password, warehouse["Password"]);
        Assert.Equal("dw", warehouse["Schema"]);
        Assert.Equal("require", warehouse["Extra:sslmode"]);
        Assert.Equal("reports", warehouse["Extra:application_name"]);

        // The optional variable the vault does not hold is simply absent.
        Assert.Null(configuration["Airflow:Variables:motd"]);
        Assert.False(configuration.GetSection("Airflow:Variables:motd").Exists());
        Assert.Equal(new[] { "greeting", "report_settings" }, configuration.GetSection("Airflow:Variables").GetChildren().Select(c => c.Key));
    }

    [Fact]
    public void A_json_variable_binds_to_an_options_class_nested_members_and_lists_included()
    {
        IConfigurationRoot configuration = Build();
        ReportSettings? direct = configuration.GetSection("Airflow:Variables:report_settings").Get<ReportSettings>();
        var services = new ServiceCollection();
        services.Configure<ReportSettings>(configuration.GetSection("Airflow:Variables:report_settings"));
        using ServiceProvider provider = services.BuildServiceProvider();
        ReportSettings bound = provider.GetRequiredService<IOptions<ReportSettings>>().Value;

        foreach (ReportSettings settings in new[] { direct!, bound })
        {
            Assert.Equal("Nightly", settings.Title);
            Assert.Equal(3, settings.Retries);
            Assert.Equal(5000, settings.Limits.MaxRows);
            Assert.Equal(TimeSpan.FromMinutes(2), settings.Limits.Timeout);
            Assert.Equal(new[] { "ops@example.com", "data@example.com" }, settings.Recipients);
        }
    }

    [Fact]
    public void Json_is_flattened_as_the_json_configuration_provider_flattens_a_file()
    {
        const string Json = """{"a": {"b": [1, true, null, {"c": "d"}], "empty": {}, "none": []}, "n": 1.50}""";
        _vault.Store.SetVariable("shape", Json);
        IConfigurationRoot ours = new ConfigurationBuilder().AddAirflowSecrets(options =>
        {
            options.Secrets = TestVault.Options(_vault);
            options.Add(AirflowSecretKey.Variable("shape"));
        }).Build();
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(Json));
        IConfigurationRoot file = new ConfigurationBuilder().AddJsonStream(stream).Build();

        var expected = file.AsEnumerable().Where(p => p.Key.Length > 0).ToDictionary(p => "Airflow:Variables:shape:" + p.Key, p => p.Value);
        var actual = ours.GetSection("Airflow:Variables:shape").AsEnumerable().Where(p => p.Key != "Airflow:Variables:shape").ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_required_secrets_fail_the_build_with_one_exception_naming_each()
    {
        _vault.Store.Delete("airflow-variables-greeting");
        _vault.Store.Delete("airflow-connections-warehouse-db");

        var error = Assert.Throws<AirflowSecretsLoadException>(() => Build());

        Assert.Equal(new[] { AirflowSecretKey.Variable("greeting"), AirflowSecretKey.Connection("warehouse_db") }.OrderBy(k => k.ToString()),
            error.Failures.Select(f => f.Key).OrderBy(k => k.ToString()));
        Assert.Contains("greeting", error.Message, StringComparison.Ordinal);
        Assert.Contains("warehouse_db", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_password, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nightly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_secret_reaches_IOptionsMonitor_after_the_reload_interval_on_a_fake_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        IConfigurationRoot configuration = Build(options =>
        {
            options.ReloadInterval = TimeSpan.FromMinutes(5);
            options.TimeProvider = clock;
        });
        var services = new ServiceCollection();
        services.Configure<ReportSettings>(configuration.GetSection("Airflow:Variables:report_settings"));
        using ServiceProvider provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<ReportSettings>>();
        Assert.Equal("Nightly", monitor.CurrentValue.Title);

        _vault.Store.SetVariable("report_settings", Report.Replace("Nightly", "Hourly", StringComparison.Ordinal));
        var changed = new TaskCompletionSource<ReportSettings>(TaskCreationOptions.RunContinuationsAsynchronously);
        using IDisposable? subscription = monitor.OnChange(settings => changed.TrySetResult(settings));

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("Nightly", monitor.CurrentValue.Title); // not yet: the interval has not passed
        clock.Advance(TimeSpan.FromMinutes(1));

        ReportSettings seen = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Hourly", seen.Title);
        Assert.Equal("Hourly", monitor.CurrentValue.Title);
    }

    [Fact]
    public async Task A_failed_reload_keeps_the_last_good_values_and_logs_once()
    {
        var clock = new FakeTimeProvider();
        IConfigurationRoot configuration = Build(options =>
        {
            options.ReloadInterval = TimeSpan.FromMinutes(5);
            options.TimeProvider = clock;
            options.ConfigureSecrets = secrets => secrets.MaxStaleness = TimeSpan.Zero; // no last-known-good in the resolver: the provider's own
        });
        AirflowSecretsConfigurationProvider provider = configuration.Providers.OfType<AirflowSecretsConfigurationProvider>().Single();
        _vault.InjectFault(LoopbackFault.Status(403, "Forbidden"));

        for (int i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(5)); // the timer's reload starts; ReloadAsync joins it (or runs one more)
            Assert.False(await provider.ReloadAsync());
        }

        Assert.Equal("hello", configuration["Airflow:Variables:greeting"]);
        Assert.Equal(_password, configuration["Airflow:Connections:warehouse_db:Password"]);
        Assert.NotNull(provider.LastReloadFailure);
        Assert.Contains("403", provider.LastReloadFailure, StringComparison.Ordinal);
        Assert.Single(_log.At(LogLevel.Warning), w => w.Contains("Reloading the Airflow secrets configuration failed", StringComparison.Ordinal));
        Assert.DoesNotContain(_password, _log.AllText, StringComparison.Ordinal);

        // Mended and rotated: the next reload takes the new value and says so through the change token.
        _vault.ClearFaults();
        _vault.Store.SetVariable("greeting", "bonjour");
        bool fired = false;
        using IDisposable registration = configuration.GetReloadToken().RegisterChangeCallback(_ => fired = true, null);
        clock.Advance(TimeSpan.FromMinutes(5));
        await provider.ReloadAsync();
        Assert.True(fired);
        Assert.Equal("bonjour", configuration["Airflow:Variables:greeting"]);
        Assert.Null(provider.LastReloadFailure);
    }

    [Fact]
    public async Task A_reload_that_finds_nothing_changed_fires_no_change()
    {
        IConfigurationRoot configuration = Build(options => options.ReloadInterval = TimeSpan.FromHours(1));
        AirflowSecretsConfigurationProvider provider = configuration.Providers.OfType<AirflowSecretsConfigurationProvider>().Single();
        bool fired = false;
        using IDisposable registration = configuration.GetReloadToken().RegisterChangeCallback(_ => fired = true, null);
        Assert.False(await provider.ReloadAsync());
        Assert.False(fired);
    }

#pragma warning disable IL2026 // the assembly scan is the reflection overload on purpose; AddAirflowSecrets<T> is the trim-safe one
    [Fact]
    public void The_assembly_overload_finds_the_generated_classes()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder()
            .AddAirflowSecrets(typeof(AppSecrets).Assembly, options => options.Secrets = TestVault.Options(_vault))
            .Build();
        Assert.Equal("hello", configuration["Airflow:Variables:greeting"]);
        Assert.NotNull(configuration.GetConnectionString("warehouse_db"));
    }

    [Fact]
    public void An_assembly_without_generated_classes_is_an_error_naming_it()
    {
        var error = Assert.Throws<AirflowSecretsConfigurationException>(() =>
            new ConfigurationBuilder().AddAirflowSecrets(typeof(Xunit.FactAttribute).Assembly));
        Assert.Contains("xunit", error.Message, StringComparison.OrdinalIgnoreCase);
    }
#pragma warning restore IL2026

    [Fact]
    public void Nothing_declared_is_an_error_not_an_empty_configuration()
    {
        var error = Assert.Throws<AirflowSecretsConfigurationException>(() => new ConfigurationBuilder().AddAirflowSecrets(_ => { }));
        Assert.Equal("Keys", error.Setting);
    }

    [Fact]
    public void A_team_scoped_key_lives_under_its_team()
    {
        using var backend = new AirflowSecrets.Backends.AzureKeyVaultBackend(_vault.CreateBackendOptions());
        _vault.Store.Set(backend.SecretNames(AirflowSecretKind.Variable, "bucket", "analytics")[0], "s3://analytics");
        IConfigurationRoot configuration = new ConfigurationBuilder().AddAirflowSecrets(options =>
        {
            options.Secrets = TestVault.Options(_vault);
            options.Add(AirflowSecretKey.Variable("bucket", "analytics"));
        }).Build();
        Assert.Equal("s3://analytics", configuration["Airflow:Teams:analytics:Variables:bucket"]);
        Assert.Null(configuration["Airflow:Variables:bucket"]);
    }
}
