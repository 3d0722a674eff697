using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Configuration.Tests.Support;
using AirflowSecrets.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace AirflowSecrets.Configuration.Tests;

[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryGroup
{
}

/// <summary>The "AirflowSecrets" ActivitySource and Meter, seen through ActivityListener and MeterListener.</summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly string _canary = TestVault.NewCanary();
    private readonly string _key = "telemetry_" + Guid.NewGuid().ToString("N")[..8];
    private LoopbackKeyVault _vault = null!;

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "AirflowSecrets",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _activities.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "AirflowSecrets") listener.EnableMeasurementEvents(instrument);
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _meterListener.Start();
    }

    public async Task InitializeAsync()
    {
        _vault = await TestVault.StartAsync();
        _vault.Store.SetVariable(_key, _canary);
        _vault.Store.SetConnection(_key, "postgres://etl:" + _canary + "@warehouse.internal:5432/dw");
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private Activity[] Spans => _activities.Where(a => (string?)a.GetTagItem("airflow_secrets.secret.name") is string name && name.StartsWith(_key, StringComparison.Ordinal)).ToArray();

    private double Sum(string instrument, params (string Tag, object Value)[] match) =>
        _measurements.Where(m => m.Instrument == instrument && match.All(t => m.Tags.Any(tag => tag.Key == t.Tag && Equals(tag.Value, t.Value)))).Sum(m => m.Value);

    private void AssertNoCanary()
    {
        foreach (Activity activity in _activities)
        {
            Assert.DoesNotContain(_canary, activity.DisplayName, StringComparison.Ordinal);
            Assert.DoesNotContain(_canary, activity.StatusDescription ?? "", StringComparison.Ordinal);
            foreach (KeyValuePair<string, object?> tag in activity.TagObjects) Assert.DoesNotContain(_canary, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);
        }

        foreach (var measurement in _measurements)
        {
            foreach (KeyValuePair<string, object?> tag in measurement.Tags) Assert.DoesNotContain(_canary, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_backend_lookup_is_one_span_and_a_cache_hit_is_none()
    {
        AirflowSecretResolver resolver = AirflowSecretResolver.Create(TestVault.Options(_vault));
        Assert.Equal(_canary, await resolver.GetVariableAsync(_key));
        Assert.Equal(_canary, await resolver.GetVariableAsync(_key));
        AirflowConnection connection = await resolver.GetConnectionAsync(_key);
        Assert.Equal(_canary, connection.Password);

        Activity[] spans = Spans;
        Assert.Equal(2, spans.Length);
        Activity variable = spans.Single(s => (string?)s.GetTagItem("airflow_secrets.secret.kind") == "variable");
        Assert.Equal("airflow_secrets.lookup", variable.OperationName);
        Assert.Equal("Azure Key Vault", variable.GetTagItem("airflow_secrets.backend"));
        Assert.Equal("found", variable.GetTagItem("airflow_secrets.outcome"));
        Assert.Equal(false, variable.GetTagItem("airflow_secrets.cache_hit"));
        Assert.Equal(1, variable.GetTagItem("airflow_secrets.attempts"));
        Assert.Equal(ActivityStatusCode.Unset, variable.Status);
        Assert.Equal("connection", spans.Single(s => s != variable).GetTagItem("airflow_secrets.secret.kind"));
        AssertNoCanary();
    }

    [Fact]
    public async Task Lookups_cache_hits_misses_and_vault_latency_are_counted()
    {
        AirflowSecretResolver resolver = AirflowSecretResolver.Create(TestVault.Options(_vault));
        await resolver.GetVariableAsync(_key);
        await resolver.GetVariableAsync(_key);
        await resolver.GetVariableAsync(_key);
        Assert.Null(await resolver.GetVariableOrDefaultAsync(_key + "_absent"));

        Assert.Equal(2, Sum("airflow_secrets.cache.misses", ("airflow_secrets.secret.kind", "variable")));
        Assert.Equal(2, Sum("airflow_secrets.cache.hits", ("airflow_secrets.secret.kind", "variable")));
        Assert.Equal(1, Sum("airflow_secrets.lookups", ("airflow_secrets.secret.kind", "variable"), ("airflow_secrets.outcome", "found")));
        Assert.Equal(1, Sum("airflow_secrets.lookups", ("airflow_secrets.secret.kind", "variable"), ("airflow_secrets.outcome", "not_found")));
        var durations = _measurements.Where(m => m.Instrument == "airflow_secrets.backend.duration").ToArray();
        Assert.Equal(2, durations.Length);
        Assert.All(durations, d => Assert.True(d.Value > 0));
        Assert.Contains(durations, d => d.Tags.Contains(new KeyValuePair<string, object?>("airflow_secrets.outcome", "not_found")));
        AssertNoCanary();
    }

    [Fact]
    public async Task Failures_are_counted_by_cause_and_the_span_says_why()
    {
        _vault.InjectFault(LoopbackFault.Status(403, "Forbidden"));
        AirflowSecretResolver resolver = AirflowSecretResolver.Create(TestVault.Options(_vault));
        await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync(_key));

        Assert.Equal(1, Sum("airflow_secrets.backend.failures", ("airflow_secrets.backend", "Azure Key Vault"), ("error.type", "403")));
        Activity span = Spans.Single();
        Assert.Equal("failed", span.GetTagItem("airflow_secrets.outcome"));
        Assert.Equal("403", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        AssertNoCanary();
    }

    [Fact]
    public async Task A_last_known_good_value_served_through_an_outage_is_a_stale_serve()
    {
        var clock = new FakeTimeProvider();
        IConfigurationRoot configuration = new ConfigurationBuilder().AddAirflowSecrets(options =>
        {
            options.Secrets = TestVault.Options(_vault);
            options.Add(AirflowSecretKey.Variable(_key));
            options.ReloadInterval = TimeSpan.FromMinutes(5);
            options.TimeProvider = clock;
        }).Build();
        _vault.InjectFault(LoopbackFault.ServerError(503));
        clock.Advance(TimeSpan.FromMinutes(5));
        await System.Linq.Enumerable.Single(System.Linq.Enumerable.OfType<AirflowSecretsConfigurationProvider>(configuration.Providers)).ReloadAsync();

        Assert.Equal(_canary, configuration["Airflow:Variables:" + _key]);
        Assert.Equal(1, Sum("airflow_secrets.cache.stale_serves", ("airflow_secrets.secret.kind", "variable"), ("airflow_secrets.backend", "Azure Key Vault")));
        Activity stale = Spans.Last();
        Assert.Equal("stale", stale.GetTagItem("airflow_secrets.outcome"));
        Assert.Equal(true, stale.GetTagItem("airflow_secrets.cache_hit"));
        Assert.Equal("503", stale.GetTagItem("error.type"));
        // The Azure SDK retries a 503 inside one call and reports the last answer: one attempt as the backend sees it.
        Assert.Equal(1, stale.GetTagItem("airflow_secrets.attempts"));
        AssertNoCanary();
    }
}
