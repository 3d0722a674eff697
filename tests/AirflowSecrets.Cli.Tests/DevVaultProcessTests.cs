using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Cli.Tests.Support;
using Xunit.Abstractions;

namespace AirflowSecrets.Cli.Tests;

/// <summary>
/// <c>airflow-secrets dev-vault</c> as a process of its own; a job process (the guide's example DAG) and the tool, each
/// configured by nothing but the env file it wrote, read the values it was seeded with. Times are reported, not tested.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "A made-up connection in the seed file of the dev vault.")]
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "A made-up password the seeded connection carries, which must never be shown.")]
public sealed class DevVaultProcessTests : IDisposable
{
    private const string SeededValue = "seeded for the consumer";
    private const string SeededPassword = "pw-dev-4e1b-never-shown";

    private readonly string _directory = Directory.CreateTempSubdirectory("airflow-dev-vault-").FullName;
    private readonly ITestOutputHelper _output;

    public DevVaultProcessTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // KEY='value' lines, as dev-vault writes them and a shell reads them.
    private static Dictionary<string, string> ReadEnvFile(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => (Key: line[..line.IndexOf('=', StringComparison.Ordinal)], Value: line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .ToDictionary(p => p.Key, p => p.Value.Trim('\'').Replace("'\\''", "'", StringComparison.Ordinal), StringComparer.Ordinal);

    [Fact]
    public async Task A_job_process_and_the_tool_read_the_seeded_values_configured_only_by_the_env_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "variables.json"), "{\"my_var\": \"" + SeededValue + "\", \"batch_size\": 500}");
        await File.WriteAllTextAsync(Path.Combine(_directory, "connections.json"),
            "{\"my_db\": {\"conn_type\": \"postgres\", \"host\": \"warehouse.internal\", \"login\": \"etl\", \"password\": \"" + SeededPassword + "\", \"port\": 5432, \"schema\": \"dw\"}}");
        string envFile = Path.Combine(_directory, "dev.env");

        using Process vault = Process.Start(ChildProcess.StartInfo("dotnet",
            new[] { Repository.ToolDll, "dev-vault", "--seed", "variables.json", "--seed", "connections.json", "--env-file", envFile, "--cert-file", "dev.pem" },
            directory: _directory))!;
        try
        {
            var banner = new List<string>();
            Task<string?> line;
            while ((line = vault.StandardOutput.ReadLineAsync()) != null)
            {
                if (await Task.WhenAny(line, Task.Delay(TimeSpan.FromMinutes(1))) != line) throw new TimeoutException("dev-vault did not get ready: " + string.Join(" | ", banner));
                string? text = await line;
                if (text is null) throw new InvalidOperationException("dev-vault ended: " + string.Join(" | ", banner) + " " + await vault.StandardError.ReadToEndAsync());
                banner.Add(text);
                if (text == "Ready.") break;
            }

            Assert.Contains("Serving 2 variables and 1 connection from variables.json, connections.json.", banner);
            Dictionary<string, string> environment = ReadEnvFile(envFile);
            Assert.Equal(
                new[] { "AIRFLOW__SECRETS__BACKEND", "AIRFLOW__SECRETS__BACKEND_KWARGS", "AZURE_AUTHORITY_HOST", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_TENANT_ID" },
                environment.Keys.OrderBy(k => k, StringComparer.Ordinal));
            using (JsonDocument kwargs = JsonDocument.Parse(environment["AIRFLOW__SECRETS__BACKEND_KWARGS"]))
            {
                Assert.Equal(Path.Combine(_directory, "dev.pem"), kwargs.RootElement.GetProperty("connection_verify").GetString());
                Assert.StartsWith("https://127.0.0.1:", kwargs.RootElement.GetProperty("vault_url").GetString(), StringComparison.Ordinal);
            }

            Assert.StartsWith("-----BEGIN CERTIFICATE-----", await File.ReadAllTextAsync(Path.Combine(_directory, "dev.pem")), StringComparison.Ordinal);

            // A job: the example DAG reads my_var and my_db through its generated accessors.
            var job = await ChildProcess.RunAsync("dotnet", new[] { Repository.ExampleDagDll }, environment);
            Assert.True(job.Code == 0, job.Out + job.Error);
            Assert.Contains("My variable is: " + SeededValue, job.Out, StringComparison.Ordinal);
            Assert.Contains("My connection is: AirflowConnection(conn_id='my_db', conn_type='postgres', host='warehouse.internal', login='etl', password='***'", job.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("embedded loopback", job.Out, StringComparison.Ordinal);
            Assert.Equal(string.Empty, job.Error);

            // The tool, configured the same way.
            var tool = await ChildProcess.RunAsync("dotnet", new[] { Repository.ToolDll, "variables", "get", "my_var", "--reveal" }, environment);
            Assert.True(tool.Code == 0, tool.Out + tool.Error);
            Assert.Equal("my_var (airflow-variables-my-var) = " + SeededValue, tool.Out.Trim());
            var connection = await ChildProcess.RunAsync("dotnet", new[] { Repository.ToolDll, "connections", "get", "my_db", "--json" }, environment);
            Assert.Equal(0, connection.Code);
            Assert.DoesNotContain(SeededPassword, connection.Out, StringComparison.Ordinal);

            // The same job with its embedded in-process vault, for comparison.
            var embedded = await ChildProcess.RunAsync("dotnet", new[] { Repository.ExampleDagDll });
            Assert.Contains("embedded loopback Key Vault", embedded.Out, StringComparison.Ordinal);

            _output.WriteLine(FormattableString.Invariant(
                $"job process against the dev vault: {job.Elapsed.TotalMilliseconds:0} ms; tool process: {tool.Elapsed.TotalMilliseconds:0} ms; the same job with its in-process embedded vault: {embedded.Elapsed.TotalMilliseconds:0} ms"));
        }
        finally
        {
            await StopAsync(vault);
        }

        Assert.Equal(0, vault.ExitCode);
    }

    [Fact]
    public async Task A_seed_file_with_a_bad_entry_starts_nothing_and_names_the_entry()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "variables.json"), "{\"good\": \"v\", \"bad.key\": \"v\"}");
        var result = await ChildProcess.RunAsync("dotnet", new[] { Repository.ToolDll, "dev-vault", "--seed", "variables.json" }, directory: _directory);
        Assert.Equal(2, result.Code);
        Assert.Contains("Variable 'bad.key': its Key Vault name 'airflow-variables-bad.key' would be rejected.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, ".airflow-secrets", "dev-vault.env")));
    }

    // SIGTERM, as a service manager stops it; the dev vault ends cleanly.
    private static async Task StopAsync(Process vault)
    {
        if (vault.HasExited) return;
        if (OperatingSystem.IsWindows())
        {
            vault.Kill(entireProcessTree: true);
            await vault.WaitForExitAsync();
            return;
        }

        using (Process kill = Process.Start("kill", new[] { "-TERM", vault.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            await kill.WaitForExitAsync();
        }

        Task exited = vault.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(20))) != exited)
        {
            vault.Kill(entireProcessTree: true);
            await vault.WaitForExitAsync();
        }
    }
}
