using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AirflowSecrets.Benchmarks;

/// <summary>
/// 7. Outage: a job reads 6 keys with <c>AIRFLOW_VAR_*</c> fallbacks while <c>vault_url</c> is a refused port, with the
/// default client options (azure-core's budget: 4 attempts, 0.8 + 1.6 + 3.2 s of back-off). "Before" turns outage
/// awareness off (<c>OutageInterval = 0</c>): every key pays the budget, as every key did before it existed.
/// A family of its own (several seconds per operation): <c>dotnet run -c Release --project tests/AirflowSecrets.Benchmarks -- outage</c>.
/// </summary>
[Config(typeof(OutageConfig))]
public class OutageBenchmarks
{
    private static readonly Uri RefusedPort = new("https://127.0.0.1:1/");
    private static readonly string[] Keys = { "batch_size", "region", "bucket", "schema", "retries", "owner" };
    private static readonly Dictionary<string, string> Environment = Keys.ToDictionary(k => "AIRFLOW_VAR_" + k.ToUpperInvariant(), k => "env-" + k);

    /// <summary>One operation takes seconds: a few measured runs, one each, no warm-up (every run starts cold anyway).</summary>
    public sealed class OutageConfig : ManualConfig
    {
        public OutageConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithId("InProcess"));
    }

    // A fresh resolver per run: the outage state belongs to a resolver, and each run is a job starting up.
    private static AirflowSecretResolver StartJob(TimeSpan outageInterval) => new(
        new IAirflowSecretsBackend[]
        {
            // The default credential: never asked, the port refuses before the challenge.
            new AzureKeyVaultBackend(new AzureKeyVaultBackendOptions { VaultUrl = RefusedPort }),
            new EnvironmentVariablesBackend(Environment),
        },
        new AirflowSecretsOptions { OutageInterval = outageInterval });

    [Benchmark(Baseline = true, Description = "before: 6 sequential reads, every key pays the retry budget")]
    public async Task<int> SequentialBefore() => await ReadAll(StartJob(TimeSpan.Zero));

    [Benchmark(Description = "now: 6 sequential reads, outage-aware")]
    public async Task<int> SequentialNow() => await ReadAll(StartJob(AirflowSecretsOptions.DefaultOutageInterval));

    private static async Task<int> ReadAll(AirflowSecretResolver resolver)
    {
        int length = 0;
        foreach (string key in Keys) length += (await resolver.GetVariableAsync(key)).Length;
        return length;
    }
}
