using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;

namespace AirflowSecrets.Benchmarks;

/// <summary>The secrets the warm-read benchmark declares; the generator writes the accessors and the snapshot.</summary>
[AirflowVariable("retries", typeof(int))]
[AirflowVariable("region")]
public sealed partial class BenchmarkSecrets
{
}

/// <summary>2. A warm read of a cached typed value, against <c>IConfiguration["key"]</c> over the same values.</summary>
[Config(typeof(FastConfig))]
[MemoryDiagnoser]
public class WarmReadBenchmarks
{
    private IConfiguration _configuration = null!;
    private AirflowSecretResolver _resolver = null!;
    private BenchmarkSecrets _secrets = null!;
    private BenchmarkSecrets.Snapshot _snapshot = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        var values = Enumerable.Range(0, 50).ToDictionary(i => "setting_" + i, i => (string?)("value " + i));
        values["retries"] = "5";
        values["region"] = "westeurope";
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var memory = new InMemorySecretsBackend();
        foreach (KeyValuePair<string, string?> pair in values) memory.SetVariable(pair.Key, pair.Value!);
        _resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { memory });
        _secrets = new BenchmarkSecrets(_resolver);
        _snapshot = await _secrets.LoadAsync();
        await _resolver.GetVariableAsync<int>("retries");
    }

    [Benchmark(Baseline = true, Description = "IConfiguration[\"retries\"] (string)")]
    public string? Configuration() => _configuration["retries"];

    [Benchmark(Description = "generated snapshot property (int)")]
    public int SnapshotProperty() => _snapshot.Retries;

    [Benchmark(Description = "generated accessor, warm cache (int)")]
    public int GeneratedAccessor() => Warm(_secrets.GetRetriesAsync());

    [Benchmark(Description = "resolver.GetVariableAsync<int>, warm cache")]
    public int ResolverTyped() => Warm(_resolver.GetVariableAsync<int>("retries"));

    [Benchmark(Description = "resolver.GetVariableAsync (string), warm cache")]
    public string ResolverText() => Warm(_resolver.GetVariableAsync("region"));

    // A warm read completes synchronously; anything else would make the measurement meaningless.
    private static T Warm<T>(ValueTask<T> read) =>
        read.IsCompletedSuccessfully ? read.Result : throw new System.InvalidOperationException("The read was not served from the cache.");
}
