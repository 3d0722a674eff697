using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Cli;
using AirflowSecrets.Cli.Tests.Support;
using AirflowSecrets.Testing;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Cli.Tests;

/// <summary>
/// Every verb that talks to a vault, against one it cannot reach (a refused port, a name that does not resolve, a
/// certificate it does not trust): the documented exit code 4, one line on stderr naming the cause, and with --json an
/// error object on stdout. Usage errors exit 2 the same way. No path ends in an unhandled exception.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up connection URIs passed to the tool.")]
public sealed class FailureCliTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("airflow-cli-failures-").FullName;
    private LoopbackKeyVault _vault = null!;

    public async Task InitializeAsync() => _vault = await LoopbackKeyVault.StartAsync();

    public async Task DisposeAsync()
    {
        await _vault.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    public static TheoryData<string, string> Targets => new()
    {
        { "https://127.0.0.1:1/", "connection refused" },
        { "https://airflow-secrets-cli-test.invalid/", "host not found" },
        { "the loopback vault, untrusted", "TLS: certificate not trusted (UntrustedRoot)" },
    };

    private string[][] Verbs()
    {
        string variables = Path.Combine(_directory, "variables.json");
        File.WriteAllText(variables, "{\"region\": \"westeurope\", \"retries\": 3}");
        string assembly = typeof(CheckedSecrets).Assembly.Location;
        return new[]
        {
            new[] { "variables", "get", "my_var" },
            new[] { "variables", "set", "my_var", "value" },
            new[] { "variables", "delete", "my_var" },
            new[] { "variables", "list" },
            new[] { "connections", "get", "warehouse_db" },
            new[] { "connections", "get", "warehouse_db", "--as", "npgsql" },
            new[] { "connections", "add", "warehouse_db", "--conn-uri", "postgres://etl@db.internal:5432/dw" },
            new[] { "connections", "delete", "warehouse_db" },
            new[] { "connections", "list" },
            new[] { "import", variables },
            new[] { "check", assembly },
        };
    }

    // The tool with Airflow's environment naming the vault, and a client that retries in milliseconds (the test counts
    // outcomes, it never waits on back-off) and trusts only the machine's store.
    private Task<(int Code, string Out, string Error)> Run(string vaultUrl, params string[] args) => Tool.RunAsync(vaultUrl, options =>
    {
        options.TenantId = _vault.TenantId;
        options.ClientId = _vault.ClientId;
        options.ClientSecret = _vault.ClientSecret;
        options.ConfigureCredentialOptions = _vault.ConfigureCredentialOptions;
        options.ClientOptions = new SecretClientOptions { DisableChallengeResourceVerification = true };
        options.ClientOptions.Retry.Delay = TimeSpan.FromMilliseconds(2);
        options.ClientOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(10);
    }, args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Every_verb_against_an_unreachable_vault_exits_4_with_one_line_naming_the_cause(string target, string cause)
    {
        string vaultUrl = target.StartsWith("https://", StringComparison.Ordinal) ? target : _vault.VaultUri.ToString();
        foreach (string[] verb in Verbs())
        {
            string what = string.Join(" ", verb);
            var plain = await Run(vaultUrl, verb);
            Assert.True(plain.Code == 4, what + " exited " + plain.Code + ": " + plain.Error);
            string line = Assert.Single(Lines(plain.Error));
            Assert.StartsWith("The vault " + vaultUrl + " is unreachable: " + cause, line, StringComparison.Ordinal);
            Assert.True(plain.Out.Length == 0, what + " wrote to stdout: " + plain.Out);

            var json = await Run(vaultUrl, verb.Append("--json").ToArray());
            Assert.Equal(4, json.Code);
            Assert.Equal(line, Assert.Single(Lines(json.Error)));
            using JsonDocument document = JsonDocument.Parse(json.Out);
            JsonElement error = document.RootElement.GetProperty("error");
            Assert.Equal((4, "vault_unreachable", line), (error.GetProperty("exitCode").GetInt32(), error.GetProperty("kind").GetString(), error.GetProperty("message").GetString()));
        }
    }

    [Fact]
    public async Task An_untrusted_certificate_names_the_fix()
    {
        var result = await Run(_vault.VaultUri.ToString(), "variables", "get", "my_var");
        Assert.Contains("set \"connection_verify\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("airflow-secrets dev-vault", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("variables", "get")]
    [InlineData("variables", "get", "my_var", "--no-such-option")]
    [InlineData("connections")]
    [InlineData]
    public async Task Usage_errors_exit_2_with_one_line_and_a_json_error_object(params string[] args)
    {
        var plain = await Run(_vault.VaultUri.ToString(), args);
        Assert.Equal(2, plain.Code);
        Assert.EndsWith("See 'airflow-secrets --help'.", Assert.Single(Lines(plain.Error)), StringComparison.Ordinal);

        var json = await Run(_vault.VaultUri.ToString(), args.Append("--json").ToArray());
        Assert.Equal(2, json.Code);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal("invalid", document.RootElement.GetProperty("error").GetProperty("kind").GetString());
        Assert.Empty(_vault.Requests);
    }

    [Fact]
    public async Task A_server_error_after_the_retries_exits_3_and_not_found_exits_1_each_with_json()
    {
        _vault.InjectFault(LoopbackFault.ServerError(503), "airflow-variables-busy");
        var busy = await RunPinned(new[] { "variables", "get", "busy", "--json" });
        Assert.Equal(3, busy.Code);
        Assert.Contains("refused: HTTP 503", Assert.Single(Lines(busy.Error)), StringComparison.Ordinal);
        Assert.Equal("vault_refused", JsonDocument.Parse(busy.Out).RootElement.GetProperty("error").GetProperty("kind").GetString());

        var missing = await RunPinned(new[] { "variables", "get", "absent", "--json" });
        Assert.Equal(1, missing.Code);
        Assert.Equal("Variable 'absent' was not found (looked for 'airflow-variables-absent').", Assert.Single(Lines(missing.Error)));
        Assert.Equal("not_found", JsonDocument.Parse(missing.Out).RootElement.GetProperty("error").GetProperty("kind").GetString());

        var invalid = await RunPinned(new[] { "variables", "set", "key.with.dots", "v", "--json" });
        Assert.Equal(2, invalid.Code);
        Assert.Equal(2, JsonDocument.Parse(invalid.Out).RootElement.GetProperty("error").GetProperty("exitCode").GetInt32());
    }

    private Task<(int Code, string Out, string Error)> RunPinned(string[] args) => Tool.RunAsync(_vault.VaultUri.ToString(), Tool.Trusting(_vault), args);
}
