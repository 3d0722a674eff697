using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Testing;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace AirflowSecrets.Benchmarks;

/// <summary>
/// 7. Configuration start-up: the AirflowSecrets provider reading 20 declared keys from a vault of 500 secrets, against
/// a provider-style full load as AddAzureKeyVault does it (list every secret, then read each one, 32 at a time), at the
/// loopback vault with 20 ms per request. Counted requests and wall time, both measured in one run, alternating.
/// Run: dotnet run -c Release --project tests/AirflowSecrets.Benchmarks -- configuration [output.md]
/// </summary>
public static class ConfigurationBenchmarks
{
    public const int VaultSecrets = 500;
    public const int Declared = 20;
    public const int Parallelism = 32; // AzureKeyVaultConfigurationProvider's ParallelismFactor
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);
    private const int Rounds = 7;

    public static async Task RunAsync(string? path)
    {
        await using LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();
        var keys = new List<AirflowSecretKey>();
        for (int i = 0; i < 14; i++)
        {
            keys.Add(AirflowSecretKey.Variable("app_setting_" + i));
            vault.Store.SetVariable("app_setting_" + i, "value of app_setting_" + i);
        }

        for (int i = 0; i < 4; i++)
        {
            keys.Add(AirflowSecretKey.Connection("app_db_" + i));
            vault.Store.SetConnection("app_db_" + i, "postgres://app@db" + i + ".internal:5432/app");
        }

        for (int i = 0; i < 2; i++)
        {
            keys.Add(AirflowSecretKey.Config("app_config_" + i));
            vault.Store.SetConfig("app_config_" + i, "config " + i);
        }

        for (int i = vault.Store.Names.Count; i < VaultSecrets; i++) vault.Store.SetVariable("other_team_setting_" + i, "not ours " + i);
        if (vault.Store.Names.Count != VaultSecrets) throw new InvalidOperationException("The vault holds " + vault.Store.Names.Count + " secrets.");
        vault.Latency = Latency;

        // One warm-up of each (JIT, connection pools); then alternate, so that both sides see the same machine.
        await OursAsync(vault, keys);
        await FullLoadAsync(vault);
        var ours = new List<double>();
        var full = new List<double>();
        int oursRequests = 0, fullRequests = 0, oursGets = 0, fullGets = 0, fullLists = 0;
        for (int round = 0; round < Rounds; round++)
        {
            vault.ClearRequests();
            ours.Add(await OursAsync(vault, keys));
            oursRequests = vault.Requests.Count;
            oursGets = vault.Requests.Count(r => r.Operation == "get" && r.Authenticated);

            vault.ClearRequests();
            full.Add(await FullLoadAsync(vault));
            fullRequests = vault.Requests.Count;
            fullGets = vault.Requests.Count(r => r.Operation == "get" && r.Authenticated);
            fullLists = vault.Requests.Count(r => r.Operation == "list" && r.Authenticated);
        }

        double oursMs = Median(ours), fullMs = Median(full);
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| side | requests to the vault (all, incl. challenge and token) | secret GETs | list pages | start-up, median of {Rounds} (ms) |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| AirflowSecrets provider, {Declared} declared keys | {oursRequests} | {oursGets} | 0 | {oursMs:0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Full load as AddAzureKeyVault (list, then get {Parallelism} at a time) | {fullRequests} | {fullGets} | {fullLists} | {fullMs:0} |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Wall-time ratio full load / AirflowSecrets: {fullMs / oursMs:0.0}x; requests: {fullRequests / (double)oursRequests:0.0}x. Every run (ms): AirflowSecrets {string.Join(", ", ours.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))}; full load {string.Join(", ", full.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))}.");
        Console.Write(text.ToString());
        if (path != null) await File.WriteAllTextAsync(path, text.ToString());
    }

    // What an application's start-up pays: build the configuration (a new client, so the challenge and token are paid too).
    private static async Task<double> OursAsync(LoopbackKeyVault vault, IReadOnlyList<AirflowSecretKey> keys)
    {
        var watch = Stopwatch.StartNew();
        IConfigurationRoot configuration = await Task.Run(() => new ConfigurationBuilder().AddAirflowSecrets(options =>
        {
            options.Secrets = new AirflowSecretsOptions { KeyVault = vault.CreateBackendOptions(), UseEnvironmentVariables = false };
            foreach (AirflowSecretKey key in keys) options.Add(key);
        }).Build());
        watch.Stop();
        if (configuration["Airflow:Variables:app_setting_0"] != "value of app_setting_0") throw new InvalidOperationException("The provider did not load.");
        (configuration as IDisposable)?.Dispose();
        return watch.Elapsed.TotalMilliseconds;
    }

    // AzureKeyVaultConfigurationProvider.LoadAsync's shape: page through the secret list, then read every enabled
    // secret, at most 32 at once, and keep them all.
    private static async Task<double> FullLoadAsync(LoopbackKeyVault vault)
    {
        var watch = Stopwatch.StartNew();
        SecretClient client = vault.CreateSecretClient();
        using var gate = new SemaphoreSlim(Parallelism);
        var reads = new List<Task<KeyVaultSecret>>();
        await foreach (SecretProperties properties in client.GetPropertiesOfSecretsAsync())
        {
            if (properties.Enabled != true) continue;
            reads.Add(FullLoad.ReadAsync(client, gate, properties.Name));
        }

        KeyVaultSecret[] secrets = await Task.WhenAll(reads);
        var data = secrets.ToDictionary(s => s.Name.Replace("--", ":", StringComparison.Ordinal), s => s.Value, StringComparer.OrdinalIgnoreCase);
        watch.Stop();
        if (data.Count != VaultSecrets) throw new InvalidOperationException("The full load read " + data.Count + " secrets.");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
