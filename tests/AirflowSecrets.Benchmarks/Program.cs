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
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;

// tests/AirflowSecrets.Benchmarks/run.sh runs this in Release and assembles RESULTS.md.
// "measure" prints the counted (not timed) results; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "measure")
{
    await Measure.RunAsync(args.Length > 1 ? args[1] : "measurements.md");
    return 0;
}

if (args.Length > 0 && args[0] == "outage")
{
    // A family of its own, not part of run.sh's RESULTS.md: each operation waits out real retry back-off.
    Summary outage = BenchmarkRunner.Run<OutageBenchmarks>();
    var logger = new AccumulationLogger();
    MarkdownExporter.GitHub.ExportToLog(outage, logger);
    Console.WriteLine(logger.GetLog());
    return 0;
}

if (args.Length > 0 && args[0] == "configuration")
{
    // A family of its own: configuration start-up against a provider-style full load (request counts and wall time).
    await ConfigurationBenchmarks.RunAsync(args.Length > 1 ? args[1] : null);
    return 0;
}

if (args.Length > 0 && args[0] == "roundtrips")
{
    // A family of its own: 20 keys against one round trip, and against a provider-style full load of 500 and 2,000 secrets.
    await RoundTripBenchmarks.RunAsync(args.Length > 1 ? args[1] : "roundtrips.md");
    return 0;
}

if (args.Length > 2 && args[0] == "family")
{
    // family <cold|warm|generator|parsing> <out.md>: one BenchmarkDotNet family in this process only (run.sh starts one
    // process per family, so that no family's JIT or heap state changes another's figures).
    await Results.RunFamilyAsync(args[1], args[2]);
    return 0;
}

if (args.Length > 0 && args[0] == "results")
{
    // results <RESULTS.md> <folder of the families' outputs> <command line>
    await Results.WriteAsync(args[1], args[2], args.Length > 3 ? args[3] : "tests/AirflowSecrets.Benchmarks/run.sh");
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

    /// <summary>Runs one family and writes its table (and its target rows beside it); assembles RESULTS.md from them.</summary>
    public static class Results
    {
        public static async Task RunFamilyAsync(string family, string path)
        {
            var targets = new System.Text.StringBuilder();
            Summary summary;
            switch (family)
            {
                case "cold":
                    summary = BenchmarkRunner.Run<ColdStartBenchmarks>();
                    double sequential = Mean(summary, nameof(ColdStartBenchmarks.Sequential));
                    double bulk = Mean(summary, nameof(ColdStartBenchmarks.Bulk));
                    targets.AppendLine(CultureInfo.InvariantCulture, $"| Cold start, 50 secrets at 20 ms each: sequential / bulk | {sequential / bulk:0.0}x ({sequential / 1e6:0} ms / {bulk / 1e6:0} ms) | at least 10x | {(sequential / bulk >= 10 ? "met" : "MISSED")} |");
                    break;
                case "warm":
                    summary = BenchmarkRunner.Run<WarmReadBenchmarks>();
                    double configuration = Mean(summary, nameof(WarmReadBenchmarks.Configuration));
                    double snapshot = Mean(summary, nameof(WarmReadBenchmarks.SnapshotProperty));
                    double accessor = Mean(summary, nameof(WarmReadBenchmarks.GeneratedAccessor));
                    long snapshotBytes = Allocated(summary, nameof(WarmReadBenchmarks.SnapshotProperty));
                    long accessorBytes = Allocated(summary, nameof(WarmReadBenchmarks.GeneratedAccessor));
                    double snapshotRatio = configuration / Math.Max(snapshot, 0.001);
                    double accessorRatio = configuration / accessor;
                    targets.AppendLine(CultureInfo.InvariantCulture, $"| Warm typed read, generated snapshot property vs IConfiguration[\"key\"] | {snapshotRatio:0}x faster, {snapshotBytes} B/read | at least 5x, 0 B | {(snapshotRatio >= 5 && snapshotBytes == 0 ? "met" : "MISSED")} |");
                    targets.AppendLine(CultureInfo.InvariantCulture, $"| Warm typed read, generated accessor (GetRetriesAsync) vs IConfiguration[\"key\"] | {accessorRatio:0.00}x faster ({accessor:0.00} ns vs {configuration:0.00} ns, spread below), {accessorBytes} B/read | at least 5x, 0 B | {(accessorRatio >= 5 && accessorBytes == 0 ? "met" : accessorBytes == 0 ? "MISSED on time (0 B met)" : "MISSED")} |");
                    break;
                case "generator":
                    summary = BenchmarkRunner.Run<GeneratorBenchmarks>();
                    break;
                case "parsing":
                    summary = BenchmarkRunner.Run<ConnectionParsingBenchmarks>();
                    break;
                default:
                    throw new ArgumentException("Unknown family " + family, nameof(family));
            }

            var logger = new AccumulationLogger();
            MarkdownExporter.GitHub.ExportToLog(summary, logger);
            await File.WriteAllTextAsync(path, logger.GetLog().Trim() + Environment.NewLine);
            await File.WriteAllTextAsync(path + ".targets", targets.ToString());
        }

        public static async Task WriteAsync(string path, string folder, string command)
        {
            string Read(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)).TrimEnd() : "(not run)";
            string Targets(string name) => File.Exists(Path.Combine(folder, name + ".targets")) ? File.ReadAllText(Path.Combine(folder, name + ".targets")) : string.Empty;

            var text = new System.Text.StringBuilder();
            text.AppendLine("# AirflowSecrets benchmarks");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Cpu()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription.Trim()}");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Runtime: {RuntimeInformation.FrameworkDescription}, Release, BenchmarkDotNet 0.15.8 in-process; every family in its own process");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{command}`");
            text.AppendLine("- Ratios compare methods measured in the same run (BenchmarkDotNet: at least 8 iterations; stopwatch families: alternating rounds, medians and every run shown). Timings are not tests: nothing passes or fails on them.");
            text.AppendLine();
            text.AppendLine("## Targets");
            text.AppendLine();
            text.AppendLine("| measure | result | target | |");
            text.AppendLine("|---|---|---|---|");
            text.Append(Targets("roundtrips.md"));
            text.Append(Targets("cold.md"));
            text.Append(Read("measure.md") + Environment.NewLine);
            text.Append(Targets("warm.md"));
            text.Append(Targets("build.md"));
            foreach ((string title, string file) in new[]
            {
                ("1. Cold start, 50 secrets", "cold.md"), ("2. Warm reads", "warm.md"), ("3. Cold start in round trips, and against a full load (`roundtrips`)", "roundtrips.md"),
                ("4. Generator", "generator.md"), ("5. Analyzer cost against SonarAnalyzer S2068", "analyzers.md"),
                ("6. Connection parsing", "parsing.md"), ("7. Consumer build, 200 attributed classes, with and without the generator and analyzers", "build.md"),
            })
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
                text.AppendLine();
                text.AppendLine(Read(file));
            }

            text.AppendLine();
            text.AppendLine("## 8. Configuration start-up (`configuration`)");
            text.AppendLine();
            text.AppendLine(Read("configuration.md"));

            // The outage family waits out real retry back-off (minutes): run.sh does not run it; its last figures are kept.
            string previous = File.Exists(path) ? await File.ReadAllTextAsync(path) : string.Empty;
            int outage = previous.IndexOf("## 9. Outage", StringComparison.Ordinal);
            if (outage < 0) outage = previous.IndexOf("## 7. Outage", StringComparison.Ordinal);
            if (outage >= 0)
            {
                int next = previous.IndexOf("\n## ", outage + 3, StringComparison.Ordinal);
                string section = (next < 0 ? previous[outage..] : previous[outage..next]).Trim();
                text.AppendLine();
                text.AppendLine("## 9. Outage" + section[section.IndexOf(':', StringComparison.Ordinal)..]);
            }

            text.AppendLine();
            text.AppendLine("## 10. From process start to the first secret (`start-to-first-secret.sh`)");
            text.AppendLine();
            text.AppendLine("The main sample (its generated accessor over AirflowSecrets) and a minimal console app on the plain `SecretClient`, each a new Release process reading one secret from the same `airflow-secrets dev-vault` process; from the process's start to its line saying it has the secret.");
            text.AppendLine();
            text.AppendLine(Read("start.md"));

            await File.WriteAllTextAsync(path, text.ToString());
        }

        private static BenchmarkReport Report(Summary summary, string method) =>
            summary.Reports.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);

        private static double Mean(Summary summary, string method) => Report(summary, method).ResultStatistics!.Mean;

        private static long Allocated(Summary summary, string method) =>
            Report(summary, method).GcStats.GetBytesAllocatedPerOperation(Report(summary, method).BenchmarkCase) ?? -1;

        private static string Cpu()
        {
            try
            {
                string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line.Split(':', 2)[1].Trim();
            }
            catch (IOException)
            {
                return RuntimeInformation.ProcessArchitecture.ToString();
            }
        }
    }
}
