using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Resolution;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests;

/// <summary>The secrets the slot tests declare: the generator gives each accessor a slot the resolver publishes into.</summary>
[AirflowVariable("region")]
[AirflowVariable("retries", typeof(int))]
[AirflowVariable("targets", typeof(List<string>))]
[AirflowVariable("mode", Default = "fast")]
[AirflowConnection("warehouse")]
[AirflowConfig("parallelism")]
public sealed partial class SlotSecrets
{
}

/// <summary>
/// The generated accessors read warm values from their own slot, not the resolver's dictionary: these pin that they
/// keep the resolver's rules exactly (TTL, last-known-good, single-flight, cache off, invalidation) on a test clock.
/// </summary>
public sealed class AccessorSlotTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(60);

    private long _now = 1;

    private long Now() => Volatile.Read(ref _now);

    private void Advance(TimeSpan by) => Interlocked.Add(ref _now, ResolverClock.ToTicks(by));

    private (SlotSecrets Secrets, AirflowSecretResolver Resolver, ScriptedBackend Backend) Create(AirflowSecretsOptions? options = null)
    {
        var backend = new ScriptedBackend().Set("region", "westeurope").Set("retries", "5").Set("targets", "[\"a\",\"b\"]")
            .Set("warehouse", "postgres://user@db.example:5432/dwh").Set("parallelism", "32");
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { backend }, options ?? new AirflowSecretsOptions { CacheTtl = Ttl }, logger: null, clock: Now);
        return (new SlotSecrets(resolver), resolver, backend);
    }

    [Fact]
    public async Task A_warm_accessor_asks_the_backend_once_per_ttl_for_every_kind()
    {
        var (secrets, _, backend) = Create();
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal("westeurope", await secrets.GetRegionAsync());
            Assert.Equal(5, await secrets.GetRetriesAsync());
            Assert.Equal("db.example", (await secrets.GetWarehouseAsync()).Host);
            Assert.Equal("32", await secrets.GetParallelismAsync());
        }

        Assert.Equal(new[] { "region", "retries", "warehouse", "parallelism" }, backend.Asked);
    }

    [Fact]
    public async Task A_warm_hit_completes_synchronously()
    {
        var (secrets, _, _) = Create();
        await secrets.GetRetriesAsync();
        ValueTask<int> warm = secrets.GetRetriesAsync();
        Assert.True(warm.IsCompletedSuccessfully);
        Assert.Equal(5, await warm);
    }

    [Fact]
    public async Task After_the_ttl_the_accessor_reads_the_backend_again_and_serves_the_new_value()
    {
        var (secrets, _, backend) = Create();
        Assert.Equal(5, await secrets.GetRetriesAsync());
        backend.Set("retries", "7");

        Advance(Ttl - TimeSpan.FromMilliseconds(1));
        Assert.Equal(5, await secrets.GetRetriesAsync());
        Assert.Single(backend.Asked);

        Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(7, await secrets.GetRetriesAsync());
        Assert.Equal(7, await secrets.GetRetriesAsync());
        Assert.Equal(new[] { "retries", "retries" }, backend.Asked);
    }

    [Fact]
    public async Task When_the_backend_fails_after_the_ttl_the_last_known_good_value_is_served_until_max_staleness()
    {
        var (secrets, _, backend) = Create(new AirflowSecretsOptions { CacheTtl = Ttl, MaxStaleness = TimeSpan.FromMinutes(10) });
        Assert.Equal("westeurope", await secrets.GetRegionAsync());
        backend.Failure = new InvalidOperationException("the vault is down");

        Advance(Ttl);
        Assert.Equal("westeurope", await secrets.GetRegionAsync());
        int asked = backend.Asked.Length;
        Assert.Equal(2, asked);

        // Served again without asking, until the stale-retry interval (30 s at the most) has passed.
        Assert.Equal("westeurope", await secrets.GetRegionAsync());
        Assert.Equal(asked, backend.Asked.Length);

        Advance(TimeSpan.FromMinutes(11));
        await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await secrets.GetRegionAsync());
    }

    [Fact]
    public async Task Concurrent_cold_reads_through_one_accessor_share_one_lookup_and_so_do_reads_after_expiry()
    {
        var (secrets, _, backend) = Create();
        backend.Close();
        ValueTask<int>[] reads = Enumerable.Range(0, 100).Select(_ => secrets.GetRetriesAsync()).ToArray();
        backend.Open();
        foreach (ValueTask<int> read in reads) Assert.Equal(5, await read);
        Assert.Single(backend.Asked);

        Advance(Ttl);
        backend.Close();
        Task<int>[] again = Enumerable.Range(0, 100).Select(_ => Task.Run(async () => await secrets.GetRetriesAsync())).ToArray();
        await Eventually.True(() => backend.Asked.Length == 2, "the refresh after expiry reaches the backend");
        backend.Open();
        Assert.All(await Task.WhenAll(again), value => Assert.Equal(5, value));
        Assert.Equal(2, backend.Asked.Length);
    }

    [Fact]
    public async Task Clearing_the_cache_stops_every_slot_serving_its_value()
    {
        var (secrets, resolver, backend) = Create();
        Assert.Equal("westeurope", await secrets.GetRegionAsync());
        Assert.Equal(5, await secrets.GetRetriesAsync());
        backend.Set("region", "northeurope").Set("retries", "9");

        resolver.ClearCache();
        Assert.Equal("northeurope", await secrets.GetRegionAsync());
        Assert.Equal(9, await secrets.GetRetriesAsync());
    }

    [Fact]
    public async Task A_key_no_backend_holds_any_more_is_not_served_from_the_slot_after_the_ttl()
    {
        var (secrets, _, backend) = Create();
        Assert.Equal("westeurope", await secrets.GetRegionAsync());
        backend.Remove("region");
        Advance(Ttl);
        await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await secrets.GetRegionAsync());
        Assert.Equal("fast", await secrets.GetModeAsync());
    }

    [Fact]
    public async Task With_the_cache_off_every_accessor_read_asks_the_backend()
    {
        var (secrets, _, backend) = Create(new AirflowSecretsOptions { UseCache = false });
        for (int i = 0; i < 3; i++) Assert.Equal(5, await secrets.GetRetriesAsync());
        Assert.Equal(3, backend.Asked.Length);
    }

    [Fact]
    public async Task A_mutable_typed_value_is_read_afresh_for_every_caller()
    {
        var (secrets, _, backend) = Create();
        List<string> first = await secrets.GetTargetsAsync();
        first.Add("changed by the first caller");
        List<string> second = await secrets.GetTargetsAsync();
        Assert.Equal(new[] { "a", "b" }, second);
        Assert.Single(backend.Asked);
    }

    [Fact]
    public async Task On_the_system_clock_a_warm_accessor_asks_once_and_a_cleared_cache_is_noticed()
    {
        var backend = new ScriptedBackend().Set("retries", "5");
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { backend });
        var secrets = new SlotSecrets(resolver);
        for (int i = 0; i < 10; i++) Assert.Equal(5, await secrets.GetRetriesAsync());
        Assert.Single(backend.Asked);

        backend.Set("retries", "6");
        resolver.ClearCache();
        Assert.Equal(6, await secrets.GetRetriesAsync());
        Assert.Equal(2, backend.Asked.Length);
    }
}

[CollectionDefinition(nameof(AccessorSlotTelemetryTests), DisableParallelization = true)]
public sealed class AccessorSlotTelemetryGroup
{
}

/// <summary>A slot hit counts as a cache hit, as a hit in the resolver's dictionary does (alone: the counter is process-wide).</summary>
[Collection(nameof(AccessorSlotTelemetryTests))]
public sealed class AccessorSlotTelemetryTests
{
    [Fact]
    public async Task Every_warm_accessor_read_counts_one_cache_hit_and_a_cold_one_a_miss()
    {
        var backend = new ScriptedBackend().Set("retries", "5");
        var secrets = new SlotSecrets(new AirflowSecretResolver(new IAirflowSecretsBackend[] { backend }));
        long hits = 0, misses = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "AirflowSecrets" && instrument.Name is "airflow_secrets.cache.hits" or "airflow_secrets.cache.misses") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "airflow_secrets.cache.hits") Interlocked.Add(ref hits, value);
            else Interlocked.Add(ref misses, value);
        });
        listener.Start();

        for (int i = 0; i < 4; i++) await secrets.GetRetriesAsync();

        Assert.Equal(1, Interlocked.Read(ref misses));
        Assert.Equal(3, Interlocked.Read(ref hits));
    }
}
