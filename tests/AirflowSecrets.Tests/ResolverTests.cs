using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Tests.Support;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Tests;

[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up connection URIs that the resolver must parse and mask.")]
public sealed class ResolverTests
{
    private const string Canary = "CANARY-5e1f-not-for-logs";

    private static (AirflowSecretResolver Resolver, FakeKeyVaultHandler Vault, Dictionary<string, string> Env, InMemorySecretsBackend Memory, ListLogger Log) Create(
        AirflowSecretsOptions? options = null, Func<long>? clock = null)
    {
        var vault = new FakeKeyVaultHandler();
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        var memory = new InMemorySecretsBackend("embedded defaults");
        var log = new ListLogger();
        var backends = new IAirflowSecretsBackend[] { vault.CreateBackend(), new EnvironmentVariablesBackend(env), memory };
        var resolver = new AirflowSecretResolver(backends, options ?? new AirflowSecretsOptions(), log, clock);
        return (resolver, vault, env, memory, log);
    }

    [Fact]
    public async Task The_vault_wins_over_the_environment_and_defaults()
    {
        var (resolver, vault, env, memory, _) = Create();
        vault.Set("airflow-variables-my-var", "from-vault");
        env["AIRFLOW_VAR_MY_VAR"] = "from-env";
        memory.SetVariable("my_var", "from-memory");
        Assert.Equal("from-vault", await resolver.GetVariableAsync("my_var"));
    }

    [Fact]
    public async Task A_404_moves_on_to_the_environment_silently()
    {
        var (resolver, vault, env, _, log) = Create();
        env["AIRFLOW_VAR_MY_VAR"] = "from-env";
        Assert.Equal("from-env", await resolver.GetVariableAsync("my_var"));
        Assert.Equal(new[] { "airflow-variables-my-var" }, vault.Requested);
        Assert.Empty(log.At(LogLevel.Warning));
    }

    [Fact]
    public async Task The_in_memory_defaults_come_last()
    {
        var (resolver, _, _, memory, _) = Create();
        memory.SetVariable("my_var", "from-memory");
        Assert.Equal("from-memory", await resolver.GetVariableAsync("my_var"));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "Forbidden")]
    [InlineData(HttpStatusCode.Unauthorized, "Unauthorized")]
    [InlineData(HttpStatusCode.BadRequest, "BadParameter")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError")]
    public async Task Any_other_vault_error_is_logged_with_the_key_and_the_next_backend_is_tried(HttpStatusCode status, string code)
    {
        var (resolver, vault, env, _, log) = Create();
        vault.Fail("airflow-variables-my-var", status, code);
        env["AIRFLOW_VAR_MY_VAR"] = "from-env";
        Assert.Equal("from-env", await resolver.GetVariableAsync("my_var"));
        string warning = Assert.Single(log.At(LogLevel.Warning));
        Assert.Contains("'my_var'", warning, StringComparison.Ordinal);
        Assert.Contains("Azure Key Vault", warning, StringComparison.Ordinal);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_lists_every_place_that_was_looked_at()
    {
        var (resolver, vault, _, _, _) = Create();
        vault.Fail("airflow-connections-team-a--pg", HttpStatusCode.Forbidden, "Forbidden");
        var ex = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetConnectionAsync("pg", "team_a"));
        Assert.Equal(AirflowSecretKind.Connection, ex.Kind);
        Assert.Equal("pg", ex.Key);
        Assert.Equal(3, ex.Searched.Count);
        Assert.Contains("'airflow-connections-team-a--pg', 'airflow-connections-pg'", ex.Searched[0], StringComparison.Ordinal);
        Assert.Contains("HTTP 403", ex.Searched[0], StringComparison.Ordinal);
        Assert.Contains("'AIRFLOW_CONN__TEAM_A___PG', 'AIRFLOW_CONN_PG'", ex.Searched[1], StringComparison.Ordinal);
        Assert.Contains("embedded defaults", ex.Searched[2], StringComparison.Ordinal);
        Assert.Contains("AIRFLOW_CONN_PG", ex.Message, StringComparison.Ordinal);
        Assert.Contains("airflow-connections-pg", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_scoped_looking_key_is_not_asked_of_the_vault_but_the_environment_is_read()
    {
        var (resolver, vault, env, _, _) = Create();
        vault.Set("airflow-variables-my--key", "never-read");
        env["AIRFLOW_VAR_MY__KEY"] = "from-env";
        Assert.Equal("from-env", await resolver.GetVariableAsync("my__key"));
        Assert.Empty(vault.Requested);
    }

    [Fact]
    public async Task Team_lookups_try_the_team_names_first()
    {
        var (resolver, vault, env, _, _) = Create();
        vault.Set("airflow-variables-team-a--region", "team-vault");
        vault.Set("airflow-variables-region", "global-vault");
        Assert.Equal("team-vault", await resolver.GetVariableAsync("region", "team_a"));
        Assert.Equal("global-vault", await resolver.GetVariableAsync("region", "team_b"));
        Assert.Equal(new[] { "airflow-variables-team-a--region", "airflow-variables-team-b--region", "airflow-variables-region" }, vault.Requested);
        env["AIRFLOW_VAR__TEAM_C___ZONE"] = "team-env";
        env["AIRFLOW_VAR_ZONE"] = "global-env";
        Assert.Equal("team-env", await resolver.GetVariableAsync("zone", "team_c"));
        Assert.Equal("global-env", await resolver.GetVariableAsync("zone"));
    }

    [Fact]
    public async Task An_empty_variable_is_a_value_but_an_empty_connection_is_absent()
    {
        var (resolver, vault, env, _, _) = Create();
        vault.Set("airflow-variables-empty", string.Empty);
        Assert.Equal(string.Empty, await resolver.GetVariableAsync("empty"));
        vault.Set("airflow-connections-pg", string.Empty);
        env["AIRFLOW_CONN_PG"] = "postgres://u:p@h:5432/db";
        AirflowConnection connection = await resolver.GetConnectionAsync("pg");
        Assert.Equal("h", connection.Host);
        Assert.Equal("pg", connection.ConnId);
    }

    [Fact]
    public async Task A_malformed_connection_in_the_vault_is_logged_without_its_value_and_the_environment_is_tried()
    {
        var (resolver, vault, env, _, log) = Create();
        vault.Set("airflow-connections-pg", "postgres://user:" + Canary + "?x@host/db");
        env["AIRFLOW_CONN_PG"] = "postgres://u:p@h:5432/db";
        Assert.Equal(5432, (await resolver.GetConnectionAsync("pg")).Port);
        Assert.Contains(log.At(LogLevel.Warning), line => line.Contains("'pg'", StringComparison.Ordinal) && line.Contains("malformed", StringComparison.Ordinal));
        Assert.DoesNotContain(Canary, log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_values_come_from_the_vault_only()
    {
        var (resolver, vault, env, _, _) = Create();
        vault.Set("airflow-config-sql-alchemy-conn", "postgresql://db");
        Assert.Equal("postgresql://db", await resolver.GetConfigAsync("sql_alchemy_conn"));
        env["AIRFLOW_VAR_OTHER"] = "x";
        Assert.Null(await resolver.TryGetConfigAsync("other"));
    }

    [Fact]
    public async Task Defaults_are_returned_only_when_no_backend_has_the_key()
    {
        var (resolver, vault, _, _, _) = Create();
        vault.Set("airflow-variables-present", "[1, 2]");
        Assert.Equal("fallback", await resolver.GetVariableOrDefaultAsync("absent", "fallback"));
        Assert.Equal("[1, 2]", await resolver.GetVariableOrDefaultAsync("present", "fallback"));
        Assert.Equal(new[] { 1, 2 }, await resolver.GetVariableOrDefaultAsync<int[]>("present", new[] { 9 }));
        Assert.Equal(new[] { 9 }, await resolver.GetVariableOrDefaultAsync<int[]>("absent", new[] { 9 }));
        Assert.Null(await resolver.TryGetConnectionAsync("absent"));
    }

    [Fact]
    public async Task The_cache_is_on_by_default_and_can_be_turned_off()
    {
        var (cached, cachedVault, _, _, _) = Create();
        cachedVault.Set("airflow-variables-k", "v");
        await cached.GetVariableAsync("k");
        await cached.GetVariableAsync("k");
        Assert.Single(cachedVault.Requested);

        var (uncached, vault, _, _, _) = Create(new AirflowSecretsOptions { UseCache = false });
        vault.Set("airflow-variables-k", "v");
        await uncached.GetVariableAsync("k");
        await uncached.GetVariableAsync("k");
        Assert.Equal(2, vault.Requested.Count);
    }

    [Fact]
    public async Task With_the_cache_on_a_value_is_served_from_memory_until_its_ttl_passes()
    {
        long now = 0;
        var options = new AirflowSecretsOptions { UseCache = true, CacheTtl = TimeSpan.FromSeconds(10) };
        var (resolver, vault, _, _, _) = Create(options, () => now);
        vault.Set("airflow-variables-k", "v1");
        Assert.Equal("v1", await resolver.GetVariableAsync("k"));
        vault.Set("airflow-variables-k", "v2");
        now += System.Diagnostics.Stopwatch.Frequency * 9;
        Assert.Equal("v1", await resolver.GetVariableAsync("k"));
        Assert.Single(vault.Requested);
        now += System.Diagnostics.Stopwatch.Frequency * 2;
        Assert.Equal("v2", await resolver.GetVariableAsync("k"));
        Assert.Equal(2, vault.Requested.Count);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        var (resolver, _, _, _, _) = Create();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await resolver.GetVariableAsync("k", cancelled.Token));
    }

    [Fact]
    public async Task Concurrent_readers_all_get_the_value()
    {
        var (resolver, vault, _, _, _) = Create(new AirflowSecretsOptions { UseCache = true });
        for (int i = 0; i < 20; i++) vault.Set("airflow-variables-k" + i, "v" + i);
        string[] results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => resolver.GetVariableAsync("k" + (i % 20)).AsTask()));
        Assert.All(results.Select((value, i) => (value, i)), r => Assert.Equal("v" + (r.i % 20), r.value));
    }

    [Fact]
    public async Task A_canary_value_never_reaches_messages_logs_or_ToString()
    {
        var (resolver, vault, env, _, log) = Create();
        // A variable whose JSON does not fit the type.
        vault.Set("airflow-variables-retries", "\"" + Canary + "\"");
        var format = await Assert.ThrowsAsync<AirflowVariableFormatException>(async () => await resolver.GetVariableAsync<int>("retries"));
        Assert.Contains("'retries'", format.Message, StringComparison.Ordinal);
        // A variable that is not JSON at all.
        vault.Set("airflow-variables-settings", "{" + Canary);
        var notJson = await Assert.ThrowsAsync<AirflowVariableFormatException>(async () => await resolver.GetVariableAsync<Dictionary<string, int>>("settings"));
        // A malformed connection everywhere.
        vault.Set("airflow-connections-db", "mysql://root:" + Canary + "#@db/x");
        env["AIRFLOW_CONN_DB"] = "{\"password\": \"" + Canary + "\", \"port\": \"" + Canary + "\"}";
        var missing = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetConnectionAsync("db"));
        // A good connection printed.
        vault.Set("airflow-connections-ok", "postgres://user:" + Canary + "@host:5432/db?token=" + Canary);
        AirflowConnection ok = await resolver.GetConnectionAsync("ok");
        Assert.Equal(Canary, ok.Password);
        // Backend kwargs carrying a client secret and a bad kwarg.
        var kwargsLog = new ListLogger();
        Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.ParseKwargs(
            "{\"client_secret\": \"" + Canary + "\", \"extra_option\": \"" + Canary + "\", \"sep\": \"\"}", logger: kwargsLog));
        var invalidKwargs = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.FromEnvironment(
            name => name switch
            {
                "AIRFLOW__SECRETS__BACKEND" => AirflowSecretsEnvironment.KeyVaultBackendClassPath,
                "AIRFLOW__SECRETS__BACKEND_KWARGS" => "{\"client_secret\": '" + Canary + "'}",
                _ => null,
            },
            kwargsLog));

        foreach (string text in new[]
        {
            format.Message, notJson.Message, missing.Message, string.Join("|", missing.Searched), ok.ToString(),
            invalidKwargs.Message, log.AllText, kwargsLog.AllText,
        })
        {
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        }

        Assert.Contains("'***'", ok.ToString(), StringComparison.Ordinal);
    }
}
