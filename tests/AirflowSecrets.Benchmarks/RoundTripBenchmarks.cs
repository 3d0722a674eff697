using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Benchmarks;

/// <summary>
/// 8. Cold start in round trips (its own family and process: <c>roundtrips</c>): 20 declared keys at the loopback vault with
/// 20 ms per request. Against the physical limit (one GET on a client that holds its token: one round trip), and
/// against a provider-style full load (list every secret, then read each, 32 at a time) with 500 and 2,000 secrets in
/// the vault. Rounds alternate; medians and every run are reported. Counts, not only times: the requests each side sends,
/// and how many went out unauthenticated (the 401 challenge), which shows whether token acquisition costs a round trip per wave.
/// </summary>
public static class RoundTripBenchmarks
{
    public const int Declared = 20;
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);
    private const int Rounds = 7;

    public static async Task RunAsync(string path)
    {
        var text = new System.Text.StringBuilder();
        var targets = new System.Text.StringBuilder();
        var held = new System.Text.StringBuilder();
        await using (LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync())
        {
            AirflowSecretKey[] keys = Seed(vault, 500);
            vault.Latency = Latency;

            // Warm client, cold cache: what a start-up pays once the credential holds a token.
            var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(vault.CreateBackendOptions()) });
            SecretClient client = vault.CreateSecretClient();
            await resolver.LoadAsync(keys);
            await client.GetSecretAsync("airflow-variables-app-setting-0");
            var limit = new List<double>();
            var ours = new List<double>();
            int peak = 0;
            for (int round = 0; round < Rounds; round++)
            {
                limit.Add(await TimeAsync(async () => await client.GetSecretAsync("airflow-variables-app-setting-0")));
                resolver.ClearCache();
                vault.ClearRequests();
                ours.Add(await TimeAsync(async () => await resolver.LoadAsync(keys)));
                peak = vault.PeakConcurrentRequests;
            }

            double ratio = Median(ours) / Median(limit);
            text.AppendLine("| side (client holding its token, cache cold) | requests | start-up, median (ms) | every run (ms) |");
            text.AppendLine("|---|---|---|---|");
            text.AppendLine(CultureInfo.InvariantCulture, $"| physical limit: one GET, one round trip at {Latency.TotalMilliseconds:0} ms | 1 | {Median(limit):0.0} | {Runs(limit)} |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| AirflowSecrets LoadAsync, {Declared} keys (peak {peak} at once) | {Declared} | {Median(ours):0.0} | {Runs(ours)} |");
            text.AppendLine();
            targets.AppendLine(CultureInfo.InvariantCulture, $"| Cold start, {Declared} keys at 20 ms per request: LoadAsync / one round trip (physical limit), token held | {ratio:0.00}x ({Median(ours):0} ms / {Median(limit):0} ms, medians of {Rounds}) | at most 1.3x | {(ratio <= 1.3 ? "met" : "MISSED")} |");
        }

        text.AppendLine("| vault | side (new client: challenge and token paid) | requests (of them unauthenticated: the 401 challenge) | start-up, median (ms) | every run (ms) | full load / ours |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (int size in new[] { 500, 2000 })
        {
            await using LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();
            AirflowSecretKey[] keys = Seed(vault, size);
            vault.Latency = Latency;
            await FreshOursAsync(vault, keys);
            await FullLoadAsync(vault, size);
            var ours = new List<double>();
            var full = new List<double>();
            int oursRequests = 0, oursChallenges = 0, fullRequests = 0, fullChallenges = 0;
            for (int round = 0; round < (size > 500 ? 3 : Rounds); round++)
            {
                vault.ClearRequests();
                ours.Add(await FreshOursAsync(vault, keys));
                oursRequests = vault.Requests.Count;
                oursChallenges = vault.Requests.Count(r => !r.Authenticated);
                vault.ClearRequests();
                full.Add(await FullLoadAsync(vault, size));
                fullRequests = vault.Requests.Count;
                fullChallenges = vault.Requests.Count(r => !r.Authenticated);
            }

            double ratio = Median(full) / Median(ours);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {size} secrets | AirflowSecrets LoadAsync, {Declared} declared | {oursRequests} ({oursChallenges}) | {Median(ours):0} | {Runs(ours)} | |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {size} secrets | full load as AddAzureKeyVault (list, then 32 at a time) | {fullRequests} ({fullChallenges}) | {Median(full):0} | {Runs(full)} | {ratio:0.0}x |");

            // The same two loads on clients that hold their tokens (the condition of the physical limit above): what the
            // loading strategy costs once authentication, which both sides pay alike, is out of the way.
            var heldResolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(vault.CreateBackendOptions()) });
            SecretClient heldClient = vault.CreateSecretClient();
            await heldResolver.LoadAsync(keys);
            await FullLoadAsync(heldClient, size);
            var heldOurs = new List<double>();
            var heldFull = new List<double>();
            int heldOursRequests = 0, heldFullRequests = 0;
            for (int round = 0; round < (size > 500 ? 3 : Rounds); round++)
            {
                heldResolver.ClearCache();
                vault.ClearRequests();
                heldOurs.Add(await TimeAsync(async () => await heldResolver.LoadAsync(keys)));
                heldOursRequests = vault.Requests.Count;
                vault.ClearRequests();
                heldFull.Add(await FullLoadAsync(heldClient, size));
                heldFullRequests = vault.Requests.Count;
            }

            double heldRatio = Median(heldFull) / Median(heldOurs);
            held.AppendLine(CultureInfo.InvariantCulture, $"| {size} secrets | AirflowSecrets LoadAsync, {Declared} declared | {heldOursRequests} | {Median(heldOurs):0} | {Runs(heldOurs)} | |");
            held.AppendLine(CultureInfo.InvariantCulture, $"| {size} secrets | full load as AddAzureKeyVault (list, then 32 at a time) | {heldFullRequests} | {Median(heldFull):0} | {Runs(heldFull)} | {heldRatio:0.0}x |");
            if (size == 500)
            {
                targets.AppendLine(CultureInfo.InvariantCulture, $"| Start-up, {Declared} declared keys in a 500-secret vault, clients holding their tokens (as the physical limit): full load / AirflowSecrets | {heldRatio:0.0}x ({Median(heldFull):0} ms / {Median(heldOurs):0} ms) | at least 20x | {(heldRatio >= 20 ? "met" : "MISSED")} |");
                targets.AppendLine(CultureInfo.InvariantCulture, $"| The same with a new client each side (challenge and token paid by both, not part of the target) | {ratio:0.0}x ({Median(full):0} ms / {Median(ours):0} ms) | (20x would need under one round trip for ours) | - |");
            }
        }

        text.AppendLine();
        text.AppendLine("| vault | side (client holding its token, cache cold) | requests | start-up, median (ms) | every run (ms) | full load / ours |");
        text.AppendLine("|---|---|---|---|---|---|");
        text.Append(held);

        Console.Write(targets.ToString());
        Console.Write(text.ToString());
        await File.WriteAllTextAsync(path + ".targets", targets.ToString());
        await File.WriteAllTextAsync(path, text.ToString());
    }

    private static AirflowSecretKey[] Seed(LoopbackKeyVault vault, int size)
    {
        var keys = new List<AirflowSecretKey>();
        for (int i = 0; i < Declared; i++)
        {
            keys.Add(AirflowSecretKey.Variable("app_setting_" + i));
            vault.Store.SetVariable("app_setting_" + i, "value of app_setting_" + i);
        }

        for (int i = vault.Store.Names.Count; i < size; i++) vault.Store.SetVariable("other_team_setting_" + i, "not ours " + i);
        return keys.ToArray();
    }

    // A start-up: a new resolver over a new client (the challenge and the token are paid), the declared keys at once.
    private static Task<double> FreshOursAsync(LoopbackKeyVault vault, AirflowSecretKey[] keys) => TimeAsync(async () =>
    {
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(vault.CreateBackendOptions()) });
        await resolver.LoadAsync(keys);
    });

    // AzureKeyVaultConfigurationProvider.LoadAsync's shape: page through the list, then read every enabled secret, 32 at once.
    private static Task<double> FullLoadAsync(LoopbackKeyVault vault, int size) => FullLoadAsync(vault.CreateSecretClient(), size);

    private static Task<double> FullLoadAsync(SecretClient client, int size) => TimeAsync(async () =>
    {
        using var gate = new SemaphoreSlim(ConfigurationBenchmarks.Parallelism);
        var reads = new List<Task<KeyVaultSecret>>();
        await foreach (SecretProperties properties in client.GetPropertiesOfSecretsAsync())
        {
            if (properties.Enabled != true) continue;
            reads.Add(FullLoad.ReadAsync(client, gate, properties.Name));
        }

        KeyVaultSecret[] secrets = await Task.WhenAll(reads);
        if (secrets.Length != size) throw new InvalidOperationException("The full load read " + secrets.Length + " secrets.");
    });

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Runs(List<double> values) => string.Join(", ", values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)));
}
