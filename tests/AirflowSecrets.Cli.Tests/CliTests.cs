using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Cli;
using AirflowSecrets.Cli.Tests.Support;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Cli.Tests;

/// <summary>Declared secrets that <c>check</c> reads back from this test assembly.</summary>
[AirflowVariable("present_variable")]
[AirflowVariable("absent_variable")]
[AirflowConnection("optional_db", Optional = true)]
public sealed partial class CheckedSecrets
{
}

/// <summary><c>airflow-secrets</c> end to end: argument parsing to HTTP requests at the loopback vault.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up connections written into the loopback test vault.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up credentials passed to the tool as command-line options.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS102", Justification = "Made-up credentials passed to the tool as command-line options.")]
public sealed class CliTests : IAsyncLifetime
{
    private LoopbackKeyVault _vault = null!;

    public async Task InitializeAsync() => _vault = await LoopbackKeyVault.StartAsync();

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    private Task<(int Code, string Out, string Error)> Run(params string[] args) => Tool.RunAsync(_vault.VaultUri.ToString(), Tool.Trusting(_vault), args);

    private int SecretRequests() => _vault.Requests.Count(r => r.Operation is "get" or "set" or "delete" or "list");

    [Fact]
    public async Task Variables_are_written_read_listed_and_deleted_under_airflows_names()
    {
        const string value = "value-d41c-shown-only-with-reveal";
        var set = await Run("variables", "set", "my_var", value);
        Assert.Equal(0, set.Code);
        Assert.Contains("'my_var' written as secret 'airflow-variables-my-var'", set.Out, StringComparison.Ordinal);
        Assert.Equal(value, _vault.Store.Get("airflow-variables-my-var")!.Value);

        var masked = await Run("variables", "get", "my_var");
        Assert.Equal("my_var (airflow-variables-my-var) = ***", masked.Out.Trim());
        var revealed = await Run("variables", "get", "my_var", "--reveal");
        Assert.Contains(value, revealed.Out, StringComparison.Ordinal);
        var json = await Run("variables", "get", "my_var", "--json");
        Assert.Equal("***", JsonDocument.Parse(json.Out).RootElement.GetProperty("value").GetString());

        await Run("variables", "set", "plain", "x1");
        var list = await Run("variables", "list");
        Assert.Contains("airflow-variables-my-var -> my_var  -- key may differ", list.Out, StringComparison.Ordinal);
        Assert.Contains("airflow-variables-plain -> plain" + Environment.NewLine, list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(value, list.Out, StringComparison.Ordinal);

        var deleted = await Run("variables", "delete", "my_var");
        Assert.Equal(0, deleted.Code);
        Assert.NotNull(_vault.Store.GetDeleted("airflow-variables-my-var"));
        Assert.Equal(1, (await Run("variables", "get", "my_var")).Code);
    }

    [Theory]
    [InlineData("key.with.dots", "only letters, digits and '-' are allowed")]
    [InlineData("my__key", "takes '__' for a team-scoped name")]
    public async Task A_name_key_vault_would_reject_or_airflow_would_never_read_is_refused_before_any_request(string key, string reason)
    {
        var result = await Run("variables", "set", key, "value");
        Assert.Equal(2, result.Code);
        Assert.Contains("'" + key + "'", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, SecretRequests());
    }

    [Fact]
    public async Task A_disabled_secret_is_reported_as_a_403_naming_the_key()
    {
        _vault.Store.SetVariable("switched_off", "hidden-8f2a");
        _vault.Store.SetEnabled("airflow-variables-switched-off", false);
        var result = await Run("variables", "get", "switched_off", "--reveal");
        Assert.Equal(3, result.Code);
        Assert.Contains("'switched_off'", result.Error, StringComparison.Ordinal);
        Assert.Contains("HTTP 403", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-8f2a", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connections_are_added_from_a_uri_json_or_fields_and_shown_masked()
    {
        Assert.Equal(0, (await Run("connections", "add", "warehouse_db", "--conn-uri", "postgres://etl:pw-7c1e@db.internal:5432/dw")).Code);
        Assert.Equal(0, (await Run("connections", "add", "api", "--conn-json", "{\"conn_type\": \"http\", \"host\": \"api.example.com\", \"password\": \"tok-2b9\"}")).Code);
        Assert.Equal(0, (await Run("connections", "add", "sftp", "--conn-type", "sftp", "--conn-host", "files.internal", "--conn-login", "etl", "--conn-password", "pw-5d5", "--conn-port", "22")).Code);
        Assert.Equal("sftp://etl:pw-5d5@files.internal:22", _vault.Store.Get("airflow-connections-sftp")!.Value);

        var shown = await Run("connections", "get", "warehouse_db");
        Assert.Contains("password='***'", shown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-7c1e", shown.Out, StringComparison.Ordinal);

        var both = await Run("connections", "add", "twice", "--conn-uri", "postgres://h/db", "--conn-host", "h");
        Assert.Equal(2, both.Code);
        var malformed = await Run("connections", "add", "broken", "--conn-uri", "postgres://user:secret-x@host:notaport/db");
        Assert.Equal(2, malformed.Code);
        Assert.DoesNotContain("secret-x", malformed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_one_bad_entry_writes_nothing_and_names_the_entry()
    {
        string file = Path.Combine(Path.GetTempPath(), "variables-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, "{\"good_one\": \"v1\", \"bad.key\": \"v2\", \"settings\": {\"retries\": 3}}");
        try
        {
            var result = await Run("import", file);
            Assert.Equal(2, result.Code);
            Assert.Contains("'bad.key'", result.Error, StringComparison.Ordinal);
            Assert.Contains("Nothing was written", result.Error, StringComparison.Ordinal);
            Assert.Empty(_vault.Store.Names);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Imports_of_variable_json_connection_yaml_and_env_files_write_under_airflows_names()
    {
        string directory = Directory.CreateTempSubdirectory("airflow-import-").FullName;
        try
        {
            string variables = Path.Combine(directory, "variables.json");
            await File.WriteAllTextAsync(variables, "{\"region\": \"westeurope\", \"settings\": {\"retries\": 3}}");
            var dry = await Run("import", variables, "--dry-run");
            Assert.Equal(0, dry.Code);
            Assert.Contains("[1/2] variable 'region' -> airflow-variables-region: would be written", dry.Out, StringComparison.Ordinal);
            Assert.Empty(_vault.Store.Names);

            var written = await Run("import", variables);
            Assert.Contains("2 written, 0 skipped (unchanged), 0 failed.", written.Out, StringComparison.Ordinal);
            Assert.Equal("{\"retries\": 3}", _vault.Store.Get("airflow-variables-settings")!.Value);
            var again = await Run("import", variables);
            Assert.Contains("0 written, 2 skipped (unchanged), 0 failed.", again.Out, StringComparison.Ordinal);

            string yaml = Path.Combine(directory, "connections.yaml");
            await File.WriteAllTextAsync(yaml, "warehouse_db:\n  conn_type: postgres\n  host: db.internal\n  login: etl\n  password: pw-y4ml\n  port: 5432\n  schema: dw\n");
            Assert.Equal(0, (await Run("import", yaml)).Code);
            AirflowConnection fromYaml = AirflowConnection.Parse(_vault.Store.Get("airflow-connections-warehouse-db")!.Value);
            Assert.Equal(("db.internal", 5432, "pw-y4ml"), (fromYaml.Host, fromYaml.Port, fromYaml.Password));

            string env = Path.Combine(directory, "connections.env");
            await File.WriteAllTextAsync(env, "# exported\nmetrics_api=http://svc:pw-3nv@metrics.internal:8080\n");
            var envImport = await Run("import", env, "--json");
            Assert.Equal(0, envImport.Code);
            Assert.Equal(1, JsonDocument.Parse(envImport.Out).RootElement.GetProperty("written").GetInt32());
            Assert.Equal("metrics.internal", AirflowConnection.Parse(_vault.Store.Get("airflow-connections-metrics-api")!.Value).Host);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Check_lists_every_missing_declared_secret_and_exits_non_zero()
    {
        _vault.Store.SetVariable("present_variable", "here");
        string assembly = typeof(CheckedSecrets).Assembly.Location;
        var result = await Run("check", assembly);
        Assert.Equal(1, result.Code);
        Assert.Contains("ok       variable 'present_variable'", result.Out, StringComparison.Ordinal);
        Assert.Contains("MISSING  variable 'absent_variable'", result.Out, StringComparison.Ordinal);
        Assert.Contains("optional connection 'optional_db'", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 declared, 1 required missing.", result.Out, StringComparison.Ordinal);

        _vault.Store.SetVariable("absent_variable", "now here");
        var json = await Run("check", assembly, "--json");
        Assert.Equal(0, json.Code);
        Assert.Equal(0, JsonDocument.Parse(json.Out).RootElement.GetProperty("missing").GetInt32());
    }

    [Fact]
    public async Task Without_a_vault_url_the_tool_says_which_setting_is_missing()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliApp.RunAsync(new[] { "variables", "list" }, new CliContext(output, error, _ => null));
        Assert.Equal(2, code);
        Assert.Contains("vault_url", error.ToString(), StringComparison.Ordinal);
    }
}
