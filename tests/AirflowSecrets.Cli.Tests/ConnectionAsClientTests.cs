using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Cli.Tests.Support;
using AirflowSecrets.Clients;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Cli.Tests;

/// <summary>
/// <c>connections get ID --as CLIENT</c>: what the runtime would hand each client, masked unless <c>--reveal</c>; with
/// <c>--reveal</c> stdout is the settings text alone, one line; resolved through Key Vault, then <c>AIRFLOW_CONN_*</c>.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Connection URIs built at run time around random test passwords for the loopback vault.")]
public sealed class ConnectionAsClientTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> NoEnvironment = new();
    private LoopbackKeyVault _vault = null!;

    public async Task InitializeAsync() => _vault = await LoopbackKeyVault.StartAsync();

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    private Task<(int Code, string Out, string Error)> Run(params string[] args) => Run(NoEnvironment, args);

    private Task<(int Code, string Out, string Error)> Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Tool.RunAsync(_vault.VaultUri.ToString(), Tool.Trusting(_vault), environment, args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Characters that break naive quoting (no ',' : a StackExchange.Redis string cannot carry it), all latin-1 as
    // requests' Basic auth needs, around a random part: no credential is written into the code.
    private static string NewPassword() => "p;='\"{} %é" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));

    public static TheoryData<string> Clients => new() { "npgsql", "mysql", "sqlclient", "odbc", "redis", "blob", "http", "sqlite" };

    // A connection of the conn_type the client serves, holding the secret, as Airflow stores it.
    private static string Stored(string client, string secret)
    {
        string s = Uri.EscapeDataString(secret);
        return client switch
        {
            "npgsql" => "postgres://etl:" + s + "@db.internal:5432/dw",
            "mysql" => "mysql://etl:" + s + "@db.internal:3306/dw",
            "sqlclient" => "mssql://etl:" + s + "@sql.internal:1433/sales",
            "odbc" => "odbc://etl:" + s + "@sql.internal:1433/sales",
            "redis" => "redis://:" + s + "@cache.internal:6379/?db=1",
            "blob" => "{\"conn_type\": \"wasb\", \"login\": \"acct\", \"password\": \"" + secret + "\"}",
            "http" => "http://svc:" + s + "@api.internal:8080/https",
            _ => "sqlite:////tmp/airflow-cli-test.db",
        };
    }

    // The secret as the client reads it back from the printed text, by that client's own parsing rules.
    private static string? ReadBack(string client, string text) => client switch
    {
        "odbc" => OdbcValue((string)new DbConnectionStringBuilder(useOdbcRules: true) { ConnectionString = text }["PWD"]),
        "redis" => text.Split(',').Single(p => p.StartsWith("password=", StringComparison.Ordinal)).Substring("password=".Length),
        // Azure's parser: split on ';', then at the first '='.
        "blob" => text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Single(p => p[0] == "AccountKey")[1],
        "http" => HttpSettings.Parse(text).Authorization,
        "sqlite" => null,
        _ => (string?)new DbConnectionStringBuilder { ConnectionString = text }["Password"],
    };

    // ODBC's parser keeps a braced value whole; the driver then removes the braces and undoubles '}'.
    private static string OdbcValue(string value) =>
        value.StartsWith('{') && value.EndsWith('}') ? value[1..^1].Replace("}}", "}", StringComparison.Ordinal) : value;

    private static string Expected(string client, string login, string secret) => client switch
    {
        "http" => "Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes(login + ":" + secret)),
        _ => secret,
    };

    private static string Secret(string client) => client == "blob" ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : NewPassword();

    private static AirflowClientSettings Runtime(string stored, string id, string client)
    {
        Assert.True(AirflowClients.TryParse(client, out AirflowClientKind kind));
        // The tool reads its own environment (here: none of the variables HttpHook or OdbcHook read), not the test process's.
        return AirflowClients.GetSettings(AirflowConnection.Parse(stored, id), kind, new AirflowClientOptions { Environment = _ => null });
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Reveal_prints_exactly_the_settings_text_the_runtime_makes_on_one_line(string client)
    {
        string secret = Secret(client);
        string stored = Stored(client, secret);
        _vault.Store.SetConnection("job_db", stored);

        var result = await Run("connections", "get", "job_db", "--as", client, "--reveal");

        Assert.True(result.Code == 0, result.Error);
        Assert.Equal(string.Empty, result.Error);
        string text = Runtime(stored, "job_db", client).ToConnectionString();
        Assert.Equal(text + Environment.NewLine, result.Out);
        if (client != "sqlite") Assert.Equal(Expected(client, client == "http" ? "svc" : "etl", secret), ReadBack(client, result.Out.TrimEnd('\r', '\n')));
        else Assert.Contains("/tmp/airflow-cli-test.db", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Without_reveal_the_settings_are_masked_and_say_where_the_connection_came_from(string client)
    {
        string secret = Secret(client);
        string stored = Stored(client, secret);
        _vault.Store.SetConnection("job_db", stored);

        var result = await Run("connections", "get", "job_db", "--as", client);

        Assert.Equal(0, result.Code);
        string line = Lines(result.Out)[0];
        Assert.Equal("job_db as " + client + " (Key Vault secret 'airflow-connections-job-db') = " + Runtime(stored, "job_db", client).ToMaskedConnectionString(), line);
        Assert.DoesNotContain(secret, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(secret), result.Out, StringComparison.Ordinal);
        if (client != "sqlite") Assert.Contains("***", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_holds_the_masked_settings_unless_reveal_and_names_client_and_source()
    {
        string secret = NewPassword();
        string stored = Stored("npgsql", secret);
        _vault.Store.SetConnection("warehouse_db", stored);

        var masked = await Run("connections", "get", "warehouse_db", "--as", "npgsql", "--json");
        Assert.Equal(0, masked.Code);
        using (JsonDocument document = JsonDocument.Parse(masked.Out))
        {
            JsonElement root = document.RootElement;
            Assert.Equal(("connection", "warehouse_db", "npgsql", true), (root.GetProperty("kind").GetString(), root.GetProperty("key").GetString(), root.GetProperty("client").GetString(), root.GetProperty("masked").GetBoolean()));
            Assert.Equal("Key Vault secret 'airflow-connections-warehouse-db'", root.GetProperty("source").GetString());
            Assert.Equal(Runtime(stored, "warehouse_db", "npgsql").ToMaskedConnectionString(), root.GetProperty("settings").GetString());
        }

        Assert.DoesNotContain(secret, masked.Out, StringComparison.Ordinal);

        var revealed = await Run("connections", "get", "warehouse_db", "--as", "npgsql", "--json", "--reveal");
        using JsonDocument shown = JsonDocument.Parse(revealed.Out);
        Assert.False(shown.RootElement.GetProperty("masked").GetBoolean());
        Assert.Equal(secret, new DbConnectionStringBuilder { ConnectionString = shown.RootElement.GetProperty("settings").GetString() }["Password"]);
    }

    [Fact]
    public async Task What_the_settings_leave_out_is_named_without_reveal_and_never_with_it()
    {
        _vault.Store.SetConnection("warehouse_db", "postgres://etl@db.internal/dw?cursor=dictcursor");
        var masked = await Run("connections", "get", "warehouse_db", "--as", "npgsql");
        Assert.Equal(2, Lines(masked.Out).Length);
        Assert.StartsWith("left out (no effect on a .NET client): extra 'cursor'", Lines(masked.Out)[1], StringComparison.Ordinal);

        var revealed = await Run("connections", "get", "warehouse_db", "--as", "npgsql", "--reveal");
        Assert.Equal("Host=db.internal;Username=etl;Database=dw" + Environment.NewLine, revealed.Out);
    }

    [Theory]
    [InlineData("oracle")]
    [InlineData("")]
    [InlineData("postgres")]
    public async Task An_unknown_client_is_a_usage_error_before_any_request(string client)
    {
        var plain = await Run("connections", "get", "warehouse_db", "--as", client);
        Assert.Equal(2, plain.Code);
        string line = Assert.Single(Lines(plain.Error));
        Assert.Contains("is not a client; use one of npgsql, mysql, sqlclient, odbc, redis, blob, http, sqlite", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, plain.Out);

        var json = await Run("connections", "get", "warehouse_db", "--as", client, "--json");
        Assert.Equal(2, json.Code);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal("invalid", document.RootElement.GetProperty("error").GetProperty("kind").GetString());
        Assert.Empty(_vault.Requests);
    }

    [Fact]
    public async Task The_client_name_is_read_in_any_case_and_variables_have_no_as()
    {
        _vault.Store.SetConnection("warehouse_db", "postgres://etl@db.internal/dw");
        Assert.Equal("Host=db.internal;Username=etl;Database=dw" + Environment.NewLine, (await Run("connections", "get", "warehouse_db", "--as", "NpgSQL", "--reveal")).Out);
        Assert.Equal(2, (await Run("variables", "get", "my_var", "--as", "npgsql")).Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_conn_type_the_client_cannot_serve_exits_2_with_one_line_naming_connection_and_field(bool json)
    {
        string secret = NewPassword();
        _vault.Store.SetConnection("warehouse_db", Stored("npgsql", secret));

        var result = await Run(json ? new[] { "connections", "get", "warehouse_db", "--as", "redis", "--reveal", "--json" } : new[] { "connections", "get", "warehouse_db", "--as", "redis", "--reveal" });

        Assert.Equal(2, result.Code);
        string line = Assert.Single(Lines(result.Error));
        Assert.Equal("Connection 'warehouse_db' cannot be used with StackExchange.Redis: conn_type 'postgres' is not one StackExchange.Redis serves (redis).", line);
        Assert.DoesNotContain(secret, result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(secret), result.Out + result.Error, StringComparison.Ordinal);
        if (json)
        {
            using JsonDocument document = JsonDocument.Parse(result.Out);
            JsonElement error = document.RootElement.GetProperty("error");
            Assert.Equal((2, "invalid", line), (error.GetProperty("exitCode").GetInt32(), error.GetProperty("kind").GetString(), error.GetProperty("message").GetString()));
        }
        else
        {
            Assert.Equal(string.Empty, result.Out);
        }
    }

    [Fact]
    public async Task An_extra_the_client_cannot_take_exits_2_naming_the_extra()
    {
        _vault.Store.SetConnection("warehouse_db", "postgres://etl@db.internal/dw?sslcrl=%2Fetc%2Fcrl.pem");
        var result = await Run("connections", "get", "warehouse_db", "--as", "npgsql");
        Assert.Equal(2, result.Code);
        Assert.StartsWith("Connection 'warehouse_db' cannot be used with Npgsql: extra 'sslcrl' ", Assert.Single(Lines(result.Error)), StringComparison.Ordinal);
        Assert.DoesNotContain("crl.pem", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_break_in_a_value_is_refused_naming_the_keyword_not_the_value()
    {
        string secret = "line-one\nline-two-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
        _vault.Store.SetConnection("warehouse_db", "{\"conn_type\": \"postgres\", \"host\": \"db.internal\", \"password\": \"" + JsonEncodedText.Encode(secret) + "\"}");

        var result = await Run("connections", "get", "warehouse_db", "--as", "npgsql", "--reveal");
        Assert.Equal(2, result.Code);
        Assert.Equal("Connection 'warehouse_db' as npgsql: the value of Password holds a line break, so the settings do not fit on one line; use --json.", Assert.Single(Lines(result.Error)));
        Assert.Equal(string.Empty, result.Out);

        var json = await Run("connections", "get", "warehouse_db", "--as", "npgsql", "--reveal", "--json");
        Assert.Equal(0, json.Code);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal(secret, new DbConnectionStringBuilder { ConnectionString = document.RootElement.GetProperty("settings").GetString() }["Password"]);
    }

    [Fact]
    public async Task A_connection_the_vault_does_not_hold_comes_from_AIRFLOW_CONN_after_the_vault_is_asked()
    {
        string secret = NewPassword();
        var environment = new Dictionary<string, string> { ["AIRFLOW_CONN_ETL_DB"] = Stored("npgsql", secret) };

        var result = await Run(environment, "connections", "get", "etl_db", "--as", "npgsql");
        Assert.Equal(0, result.Code);
        Assert.StartsWith("etl_db as npgsql (environment variable 'AIRFLOW_CONN_ETL_DB') = Host=db.internal;Username=etl;Password=***;", result.Out, StringComparison.Ordinal);
        Assert.Contains(_vault.Requests, r => r.Operation == "get" && r.SecretName == "airflow-connections-etl-db");

        var revealed = await Run(environment, "connections", "get", "etl_db", "--as", "npgsql", "--reveal");
        Assert.Equal(secret, new DbConnectionStringBuilder { ConnectionString = revealed.Out.TrimEnd() }["Password"]);

        // Where the vault holds it too, the vault wins, as in Airflow.
        _vault.Store.SetConnection("etl_db", "postgres://etl@vault.internal/dw");
        var both = await Run(environment, "connections", "get", "etl_db", "--as", "npgsql", "--reveal");
        Assert.Equal("Host=vault.internal;Username=etl;Database=dw" + Environment.NewLine, both.Out);
    }

    [Fact]
    public async Task Without_a_configured_vault_only_the_environment_is_read()
    {
        var environment = new Dictionary<string, string>
        {
            ["AIRFLOW_CONN_CACHE"] = "redis://cache.internal:6380/?db=3",
            ["AIRFLOW__SECRETS__BACKEND_KWARGS"] = "{\"vault_url\": \"" + _vault.VaultUri + "\"}",
        };
        var result = await Tool.RunAsync(null, null, environment, "connections", "get", "cache", "--as", "redis", "--reveal");
        Assert.True(result.Code == 0, result.Error);
        Assert.Equal("cache.internal:6380,defaultDatabase=3" + Environment.NewLine, result.Out);
        Assert.Empty(_vault.Requests);
    }

    [Fact]
    public async Task A_team_connection_is_read_under_its_team_name_first()
    {
        _vault.Store.Set("airflow-connections-analytics--api", "http://api.internal/https");
        var environment = new Dictionary<string, string> { ["AIRFLOW_CONN_API"] = "http://global.internal/https" };
        var result = await Run(environment, "connections", "get", "api", "--team", "analytics", "--as", "http");
        Assert.Equal(0, result.Code);
        Assert.StartsWith("api as http (Key Vault secret 'airflow-connections-analytics--api') = Base Url=https://api.internal", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Found_nowhere_exits_1_naming_every_place_looked_in()
    {
        var plain = await Run("connections", "get", "etl_db", "--as", "sqlite");
        Assert.Equal(1, plain.Code);
        Assert.Equal("Connection 'etl_db' was not found (looked in Key Vault secret 'airflow-connections-etl-db', then environment variable 'AIRFLOW_CONN_ETL_DB').", Assert.Single(Lines(plain.Error)));

        var json = await Run("connections", "get", "etl_db", "--as", "sqlite", "--json");
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal("not_found", document.RootElement.GetProperty("error").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_malformed_connection_exits_2_without_its_value()
    {
        _vault.Store.SetConnection("broken", "postgres://etl:secret-x9@db.internal:notaport/dw");
        var result = await Run("connections", "get", "broken", "--as", "npgsql", "--reveal");
        Assert.Equal(2, result.Code);
        Assert.Contains("'broken'", Assert.Single(Lines(result.Error)), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-x9", result.Error + result.Out, StringComparison.Ordinal);
    }
}
