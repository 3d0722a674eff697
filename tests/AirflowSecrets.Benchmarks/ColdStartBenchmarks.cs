using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;
using BenchmarkDotNet.Attributes;

namespace AirflowSecrets.Benchmarks;

/// <summary>
/// 1. Cold start: 50 declared secrets, 20 ms per request at the loopback vault. The bulk load (concurrent, within the
/// request limit) against Airflow's way: one lookup after another.
/// </summary>
[Config(typeof(SlowConfig))]
public class ColdStartBenchmarks
{
    public const int Secrets = 50;
    public static readonly System.TimeSpan Latency = System.TimeSpan.FromMilliseconds(20);

    private LoopbackKeyVault _vault = null!;
    private AirflowSecretResolver _bulk = null!;
    private AirflowSecretResolver _sequential = null!;
    private AirflowSecretKey[] _keys = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _vault = await LoopbackKeyVault.StartAsync();
        _keys = Enumerable.Range(0, Secrets).Select(i => AirflowSecretKey.Variable("setting_" + i)).ToArray();
        foreach (AirflowSecretKey key in _keys) _vault.Store.SetVariable(key.Key, "value of " + key.Key);
        _bulk = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(_vault.CreateBackendOptions()) });
        _sequential = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(_vault.CreateBackendOptions()) }, new AirflowSecretsOptions { UseCache = false });

        // The 401 challenge and the token are a once-per-client cost: pay it before measuring.
        await _bulk.GetVariableAsync(_keys[0].Key);
        await _sequential.GetVariableAsync(_keys[0].Key);
        _vault.Latency = Latency;
    }

    [GlobalCleanup]
    public async Task CleanUp() => await _vault.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Airflow-style: sequential lookups")]
    public async Task<int> Sequential()
    {
        int length = 0;
        foreach (AirflowSecretKey key in _keys) length += (await _sequential.GetVariableAsync(key.Key)).Length;
        return length;
    }

    [Benchmark(Description = "AirflowSecrets: bulk LoadAsync")]
    public async Task<int> Bulk()
    {
        _bulk.ClearCache();
        AirflowSecretsSnapshot snapshot = await _bulk.LoadAsync(_keys);
        return snapshot.Found.Count();
    }
}
