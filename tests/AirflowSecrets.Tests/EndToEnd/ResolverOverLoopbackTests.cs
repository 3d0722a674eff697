using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;
using AirflowSecrets.Tests.Support;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Tests.EndToEnd;

/// <summary>The resolver over the real SecretClient, real credentials and HTTPS on loopback.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up credentials stored in the loopback test vault, and the canary that must never be printed.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up credentials stored in the loopback test vault, and the canary that must never be printed.")]
public sealed class ResolverOverLoopbackTests : IAsyncLifetime, IDisposable
{
    private const string Canary = "CANARY-e2e-3f9d-never-print";

    private readonly Dictionary<string, string> _env = new(StringComparer.Ordinal);
    private readonly ListLogger _log = new();
    private LoopbackKeyVault _vault = null!;
    private long _now;

    public async Task InitializeAsync() => _vault = await LoopbackKeyVault.StartAsync();

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    public void Dispose() => _log.Dispose();

    private AirflowSecretResolver Create(AirflowSecretsOptions? options = null, Action<AzureKeyVaultBackendOptions>? configure = null)
    {
        AzureKeyVaultBackendOptions keyVault = _vault.CreateBackendOptions();
        configure?.Invoke(keyVault);
        var backends = new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(keyVault), new EnvironmentVariablesBackend(_env) };
        return new AirflowSecretResolver(backends, options ?? new AirflowSecretsOptions(), _log, () => _now);
    }

    private void Advance(TimeSpan span) => _now += (long)(span.TotalSeconds * Stopwatch.Frequency);

    private IEnumerable<LoopbackRequest> SecretGets(string? name = null) =>
        _vault.Requests.Where(r => r.Operation == "get" && r.Authenticated && (name is null || string.Equals(r.SecretName, name, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public async Task Variables_connections_and_config_come_from_the_vault_under_airflows_names()
    {
        _vault.Store.SetVariable("my_var", "my-value");
        _vault.Store.SetVariable("settings", "{\"retries\": 3, \"targets\": [\"a\", \"b\"]}");
        _vault.Store.SetConnection("warehouse_db", "postgres://etl:p%40ss@db.example.com:5432/analytics?sslmode=require");
        _vault.Store.SetConnection("api", "{\"conn_type\": \"http\", \"host\": \"api.example.com\", \"password\": \"token\", \"extra\": {\"timeout\": 30}}");
        _vault.Store.SetConfig("sql_alchemy_conn", "postgresql://airflow@meta/airflow");
        AirflowSecretResolver resolver = Create();

        Assert.Equal("my-value", await resolver.GetVariableAsync("my_var"));
        Assert.Equal(3, (await resolver.GetVariableAsync<Settings>("settings")).Retries);
        AirflowConnection db = await resolver.GetConnectionAsync("warehouse_db");
        Assert.Equal(("postgres", "db.example.com", 5432, "etl", "p@ss", "analytics"), (db.ConnType, db.Host, db.Port, db.Login, db.Password, db.Schema));
        Assert.Equal("require", db.ExtraDejson.GetProperty("sslmode").GetString());
        AirflowConnection api = await resolver.GetConnectionAsync("api");
        Assert.Equal(("http", "api.example.com", 30), (api.ConnType, api.Host, api.ExtraDejson.GetProperty("timeout").GetInt32()));
        Assert.Equal("postgresql://airflow@meta/airflow", await resolver.GetConfigAsync("sql_alchemy_conn"));

        Assert.Equal(
            new[] { "airflow-variables-my-var", "airflow-variables-settings", "airflow-connections-warehouse-db", "airflow-connections-api", "airflow-config-sql-alchemy-conn" },
            SecretGets().Select(r => r.SecretName));
    }

    private sealed class Settings
    {
        public int Retries { get; set; }

        public string[] Targets { get; set; } = Array.Empty<string>();
    }

    [Fact]
    public async Task A_404_falls_through_to_the_environment()
    {
        _env["AIRFLOW_VAR_ONLY_IN_ENV"] = "from-env";
        _env["AIRFLOW_CONN_ENV_DB"] = "mysql://user:pw@envhost/db";
        AirflowSecretResolver resolver = Create();
        Assert.Equal("from-env", await resolver.GetVariableAsync("only_in_env"));
        Assert.Equal("envhost", (await resolver.GetConnectionAsync("env_db")).Host);
        Assert.Equal(new[] { 404, 404 }, SecretGets().Select(r => r.StatusCode));
        Assert.Empty(_log.At(LogLevel.Warning));
    }

    [Fact]
    public async Task A_team_reads_its_scoped_secret_first_then_the_global_one()
    {
        _vault.Store.Set("airflow-variables-analytics--bucket", "team-bucket");
        _vault.Store.SetVariable("region", "global-region");
        AirflowSecretResolver resolver = Create();
        Assert.Equal("team-bucket", await resolver.GetVariableAsync("bucket", "analytics"));
        Assert.Equal("global-region", await resolver.GetVariableAsync("region", "analytics"));
        Assert.Equal(
            new[] { "airflow-variables-analytics--bucket", "airflow-variables-analytics--region", "airflow-variables-region" },
            SecretGets().Select(r => r.SecretName));
    }

    [Fact]
    public async Task A_disabled_secret_and_an_invalid_name_are_logged_by_key_and_the_environment_answers()
    {
        _vault.Store.SetVariable("switched_off", Canary);
        _vault.Store.SetEnabled("airflow-variables-switched-off", false);
        _env["AIRFLOW_VAR_SWITCHED_OFF"] = "env-value";
        _env["AIRFLOW_VAR_MY.VAR"] = "dotted-from-env";
        AirflowSecretResolver resolver = Create();

        Assert.Equal("env-value", await resolver.GetVariableAsync("switched_off"));
        Assert.Equal("dotted-from-env", await resolver.GetVariableAsync("my.var"));
        string[] warnings = _log.At(LogLevel.Warning).ToArray();
        Assert.Contains(warnings, w => w.Contains("'switched_off'", StringComparison.Ordinal) && w.Contains("HTTP 403 Forbidden", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'my.var'", StringComparison.Ordinal) && w.Contains("HTTP 400 BadParameter", StringComparison.Ordinal));
        Assert.DoesNotContain(Canary, _log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_secret_in_the_kwargs_goes_through_ClientSecretCredential()
    {
        _vault.Store.SetVariable("my_var", "via-kwargs");
        AzureKeyVaultBackendOptions options = AirflowSecretsEnvironment.ParseKwargs(
            "{\"vault_url\": \"" + _vault.VaultUri + "\", \"tenant_id\": \"" + _vault.TenantId + "\", \"client_id\": \"" + _vault.ClientId
            + "\", \"client_secret\": \"" + _vault.ClientSecret + "\"}");
        Assert.True(options.UsesClientSecretCredential);
        _vault.Attach(options);
        AirflowSecretResolver resolver = new(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(options) }, new AirflowSecretsOptions(), _log, null);
        Assert.Equal("via-kwargs", await resolver.GetVariableAsync("my_var"));
        Assert.Single(_vault.Requests, r => r.Operation == "token" && r.StatusCode == 200);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_logged_without_the_secret_and_the_environment_answers()
    {
        _env["AIRFLOW_VAR_MY_VAR"] = "from-env";
        AirflowSecretResolver resolver = Create(configure: o => o.ClientSecret = Canary);
        Assert.Equal("from-env", await resolver.GetVariableAsync("my_var"));
        string warning = Assert.Single(_log.At(LogLevel.Warning));
        Assert.Contains("authentication failed", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, _log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_and_server_errors_are_retried_and_the_value_arrives()
    {
        _vault.Store.SetVariable("busy", "eventually");
        _vault.InjectFault(LoopbackFault.TooManyRequests(TimeSpan.Zero), "airflow-variables-busy", times: 2);
        _vault.InjectFault(LoopbackFault.ServerError(502), "airflow-variables-busy", times: 1);
        AirflowSecretResolver resolver = Create();
        Assert.Equal("eventually", await resolver.GetVariableAsync("busy"));
        Assert.Equal(new[] { 429, 429, 502, 200 }, SecretGets().Select(r => r.StatusCode));
        Assert.Empty(_log.At(LogLevel.Warning));
    }

    [Fact]
    public async Task A_permanent_failure_falls_through_with_a_log_line_naming_the_key_and_not_the_value()
    {
        _vault.Store.SetVariable("outage", Canary);
        _vault.InjectFault(LoopbackFault.ServerError(503));
        _env["AIRFLOW_VAR_OUTAGE"] = "from-env";
        AirflowSecretResolver resolver = Create();
        Assert.Equal("from-env", await resolver.GetVariableAsync("outage"));
        Assert.Equal(4, SecretGets().Count());
        string warning = Assert.Single(_log.At(LogLevel.Warning), w => w.Contains("Unable to retrieve", StringComparison.Ordinal));
        Assert.Contains("variable 'outage'", warning, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("HTTP 503", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, _log.AllText, StringComparison.Ordinal);

        _env.Remove("AIRFLOW_VAR_OUTAGE");
        var missing = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("outage"));
        Assert.Contains("failed (HTTP 503", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task During_an_outage_the_last_known_good_value_is_served_never_the_environments_other_value()
    {
        _vault.Store.SetVariable("api_key_id", "vault-value");
        _env["AIRFLOW_VAR_API_KEY_ID"] = "stale-env-value";
        AirflowSecretResolver resolver = Create(new AirflowSecretsOptions { CacheTtl = TimeSpan.FromSeconds(60) });
        Assert.Equal("vault-value", await resolver.GetVariableAsync("api_key_id"));

        LoopbackFaultRule outage = _vault.InjectFault(LoopbackFault.DropConnection());
        Advance(TimeSpan.FromSeconds(61));
        Assert.Equal("vault-value", await resolver.GetVariableAsync("api_key_id"));
        Assert.True(outage.Hits >= 1);
        Assert.Contains(_log.At(LogLevel.Warning), w => w.Contains("last known good", StringComparison.Ordinal) && w.Contains("'api_key_id'", StringComparison.Ordinal));

        outage.Remove();
        _vault.Store.SetVariable("api_key_id", "rotated-value");
        Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("rotated-value", await resolver.GetVariableAsync("api_key_id"));
    }

    [Fact]
    public async Task A_thousand_concurrent_callers_over_twenty_cold_keys_cause_twenty_vault_gets()
    {
        for (int i = 0; i < 20; i++) _vault.Store.SetVariable("key_" + i, "value-" + i);
        _vault.Latency = TimeSpan.FromMilliseconds(20);
        AirflowSecretResolver resolver = Create();

        Task<string>[] callers = Enumerable.Range(0, 1000)
            .Select(i => Task.Run(async () => await resolver.GetVariableAsync("key_" + (i % 20))))
            .ToArray();
        string[] values = await Task.WhenAll(callers);

        Assert.All(values.Select((value, i) => (value, i)), r => Assert.Equal("value-" + (r.i % 20), r.value));
        LoopbackRequest[] gets = SecretGets().ToArray();
        Assert.Equal(20, gets.Length);
        Assert.Equal(20, gets.Select(g => g.SecretName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.InRange(_vault.PeakConcurrentRequests, 1, AzureKeyVaultBackendOptions.DefaultMaxConcurrentRequests);
    }

    [Fact]
    public async Task A_bulk_load_respects_the_request_limit_and_names_every_missing_key()
    {
        for (int i = 0; i < 10; i++) _vault.Store.SetVariable("bulk_" + i, "v" + i);
        _vault.Store.SetConnection("locked", "postgres://u:" + Canary + "@h/db");
        _vault.Store.SetEnabled("airflow-connections-locked", false);
        _vault.Latency = TimeSpan.FromMilliseconds(10);
        AirflowSecretResolver resolver = Create(configure: o => o.MaxConcurrentRequests = 2);

        var keys = Enumerable.Range(0, 10).Select(i => AirflowSecretKey.Variable("bulk_" + i))
            .Append(AirflowSecretKey.Variable("not_there")).Append(AirflowSecretKey.Connection("locked")).ToArray();
        var error = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => resolver.LoadAsync(keys));

        Assert.Equal(new[] { "not_there", "locked" }, error.Failures.Select(f => f.Key.Key));
        Assert.Contains("connection 'locked' could not be read", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 403 Forbidden", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _vault.PeakConcurrentRequests);
        Assert.Equal("v7", error.Loaded.GetVariable("bulk_7"));

        int before = SecretGets().Count();
        Assert.Equal("v3", await resolver.GetVariableAsync("bulk_3"));
        Assert.Equal(before, SecretGets().Count());
    }

    [Fact]
    public async Task A_cancelled_caller_stops_waiting_and_its_abandoned_request_is_aborted()
    {
        _vault.Store.SetVariable("slow", "value");
        AirflowSecretResolver resolver = Create(new AirflowSecretsOptions { UseCache = false });
        Assert.Equal("value", await resolver.GetVariableAsync("slow"));

        _vault.Latency = TimeSpan.FromMinutes(5);
        _vault.ClearRequests();
        using var cancellation = new System.Threading.CancellationTokenSource();
        Task<string> caller = resolver.GetVariableAsync("slow", cancellation.Token).AsTask();
        await Eventually.True(() => _vault.PeakConcurrentRequests == 1, "the GET is inside the server");
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => caller);

        // Nobody else waits for that lookup, so the HTTP request itself is cancelled: the server sees it aborted.
        await Eventually.True(() => _vault.Requests.Any(r => r.Operation == "get" && r.StatusCode == 0), "the server saw the request aborted");
    }

    [Fact]
    public async Task A_canary_value_never_reaches_logs_messages_or_ToString()
    {
        _vault.Store.SetConnection("good", "postgres://user:" + Canary + "@host/db?token=" + Canary);
        _vault.Store.SetConnection("malformed", "postgres://user:" + Canary + "@host:notaport/db");
        _vault.Store.SetVariable("typed", "{\"count\": \"" + Canary + "\"}");
        _vault.Store.SetVariable("failing", Canary);
        _vault.InjectFault(LoopbackFault.Status(500, "InternalServerError"), "airflow-variables-failing");
        AirflowSecretResolver resolver = Create();

        AirflowConnection good = await resolver.GetConnectionAsync("good");
        var malformed = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetConnectionAsync("malformed"));
        var typed = await Assert.ThrowsAsync<AirflowVariableFormatException>(async () => await resolver.GetVariableAsync<Dictionary<string, int>>("typed"));
        var failing = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("failing"));
        var load = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => resolver.LoadAsync(new[] { AirflowSecretKey.Connection("malformed"), AirflowSecretKey.Connection("good") }));

        Assert.Equal(Canary, good.Password);
        foreach (string text in new[]
        {
            good.ToString(), malformed.ToString(), typed.ToString(), failing.ToString(), load.ToString(), load.Loaded.ToString(),
            _log.AllText, string.Join("\n", _vault.Requests), _vault.ToString(),
            string.Join("\n", _vault.Store.Names.Select(n => _vault.Store.Get(n)!.ToString())),
        })
        {
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        }
    }
}
