using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Benchmarks;
using AirflowSecrets.Testing;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;

// tests/AirflowSecrets.Benchmarks/run.sh runs this in Release and assembles RESULTS.md.
// "measure" prints the counted (not timed) results; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "measure")
{
    await Measure.RunAsync(args.Length > 1 ? args[1] : "measurements.md");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ColdStartBenchmarks).Assembly).Run(args);
return 0;

namespace AirflowSecrets.Benchmarks
{
    /// <summary>In-process runs (no separate build, nothing fetched), a few iterations for slow benchmarks.</summary>
    public sealed class SlowConfig : ManualConfig
    {
        public SlowConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(8).WithId("InProcess"));
    }

    /// <summary>In-process runs with the default statistics for fast benchmarks.</summary>
    public sealed class FastConfig : ManualConfig
    {
        public FastConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(15).WithId("InProcess"));
    }

    /// <summary>Results that are counts, not times: single-flight requests and generator step caching.</summary>
    public static class Measure
    {
        public static async Task RunAsync(string path)
        {
            using var output = new StringWriter();

            // 3. Single-flight: 1,000 concurrent cold callers over 20 keys.
            await using (LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync())
            {
                for (int i = 0; i < 20; i++) vault.Store.SetVariable("key_" + i, "value " + i);
                vault.Latency = TimeSpan.FromMilliseconds(20);
                var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(vault.CreateBackendOptions()) });
                await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(async () => await resolver.GetVariableAsync("key_" + (i % 20)))));
                int gets = vault.Requests.Count(r => r.Operation == "get" && r.Authenticated);
                output.WriteLine($"| Single-flight: vault GETs for 1,000 concurrent cold callers over 20 keys | {gets} | exactly 20 | {(gets == 20 ? "met" : "MISSED")} |");
            }

            // 1b. Round trips of the bulk load: peak concurrency at the vault for 50 secrets.
            await using (LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync())
            {
                for (int i = 0; i < ColdStartBenchmarks.Secrets; i++) vault.Store.SetVariable("setting_" + i, "v");
                var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(vault.CreateBackendOptions()) });
                await resolver.GetVariableAsync("setting_0");
                resolver.ClearCache();
                vault.ClearRequests();
                vault.Latency = ColdStartBenchmarks.Latency;
                await resolver.LoadAsync(Enumerable.Range(0, ColdStartBenchmarks.Secrets).Select(i => AirflowSecretKey.Variable("setting_" + i)));
                int peak = vault.PeakConcurrentRequests;
                int rounds = (int)Math.Ceiling(ColdStartBenchmarks.Secrets / (double)peak);
                output.WriteLine($"| Cold start: round trips for 50 secrets (50 / peak concurrency {peak}) | {rounds} | within 5 | {(rounds <= 5 ? "met" : "MISSED")} |");
            }

            // 4b. Incremental: after an unrelated edit in a 2,000-member project, which generator steps ran again?
            Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation = GeneratorBenchmarks.Compilation(2000);
            GeneratorDriver driver = GeneratorBenchmarks.Driver().RunGenerators(compilation);
            var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Generated; internal static class Unrelated { }"));
            GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();
            int rerun = run.TrackedSteps.Where(s => s.Key.StartsWith("Extract.", StringComparison.Ordinal) || s.Key.StartsWith("Classes.", StringComparison.Ordinal) || s.Key.StartsWith("WithSettings.", StringComparison.Ordinal))
                .SelectMany(s => s.Value).SelectMany(r => r.Outputs)
                .Count(o => o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Unchanged);
            int outputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
            output.WriteLine($"| Generator, 2,000 members: step outputs re-run / source outputs re-emitted after an unrelated edit | {rerun} / {outputs} | 0 / 0 | {(rerun == 0 && outputs == 0 ? "met" : "MISSED")} |");

            await File.WriteAllTextAsync(path, output.ToString());
            Console.Write(output.ToString());
        }
    }
}
