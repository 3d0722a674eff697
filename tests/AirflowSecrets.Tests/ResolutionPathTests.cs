using System;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Tests.Support;
using Azure;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Tests;

/// <summary>The cache, single-flight, last-known-good and bulk load, with backends the tests control.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "A made-up connection URI that the resolver must parse.")]
public sealed class ResolutionPathTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(60);

    private long _now;

    private AirflowSecretResolver Create(AirflowSecretsOptions options, ListLogger log, params IAirflowSecretsBackend[] backends) =>
        new(backends, options, log, () => _now);

    private void Advance(TimeSpan span) => _now += (long)(span.TotalSeconds * Stopwatch.Frequency);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Concurrent_callers_of_a_cold_key_share_one_lookup(bool useCache)
    {
        var vault = new ScriptedBackend().Set("k", "v");
        var resolver = Create(new AirflowSecretsOptions { UseCache = useCache }, new ListLogger(), vault);
        vault.Close();
        Task<string>[] callers = Enumerable.Range(0, 100).Select(_ => resolver.GetVariableAsync("k").AsTask()).ToArray();
        await Eventually.True(() => vault.Asked.Length == 1, "vault.Asked.Length == 1");
        vault.Open();
        Assert.All(await Task.WhenAll(callers), value => Assert.Equal("v", value));
        Assert.Single(vault.Asked);
    }

    [Fact]
    public async Task A_callers_cancellation_ends_its_own_wait_and_not_the_shared_lookup()
    {
        var vault = new ScriptedBackend().Set("k", "v");
        var resolver = Create(new AirflowSecretsOptions(), new ListLogger(), vault);
        vault.Close();
        using var impatient = new CancellationTokenSource();
        Task<string> first = resolver.GetVariableAsync("k", impatient.Token).AsTask();
        Task<string> second = resolver.GetVariableAsync("k").AsTask();
        await Eventually.True(() => vault.Asked.Length == 1, "vault.Asked.Length == 1");
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.False(second.IsCompleted);
        vault.Open();
        Assert.Equal("v", await second);
        Assert.Equal(0, vault.Cancelled);
        Assert.Single(vault.Asked);
    }

    [Fact]
    public async Task When_every_caller_has_cancelled_the_lookup_is_cancelled_and_the_next_caller_starts_afresh()
    {
        var vault = new ScriptedBackend().Set("k", "v");
        var resolver = Create(new AirflowSecretsOptions(), new ListLogger(), vault);
        vault.Close();
        using var cancellation = new CancellationTokenSource();
        Task<string> caller = resolver.GetVariableAsync("k", cancellation.Token).AsTask();
        await Eventually.True(() => vault.Asked.Length == 1, "vault.Asked.Length == 1");
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => caller);
        await Eventually.True(() => vault.Cancelled == 1, "vault.Cancelled == 1");

        vault.Open();
        Assert.Equal("v", await resolver.GetVariableAsync("k"));
        Assert.Equal(2, vault.Asked.Length);
    }

    [Fact]
    public async Task During_an_outage_of_the_supplying_backend_the_last_known_good_value_is_served_and_logged()
    {
        const string canary = "CANARY-lkg-9a1b";
        var vault = new ScriptedBackend("Azure Key Vault").Set("k", canary);
        var env = new ScriptedBackend("environment").Set("k", "a different value from the environment");
        var log = new ListLogger();
        var resolver = Create(new AirflowSecretsOptions { CacheTtl = Ttl, MaxStaleness = TimeSpan.FromMinutes(10) }, log, vault, env);
        Assert.Equal(canary, await resolver.GetVariableAsync("k"));

        vault.Failure = new RequestFailedException(503, "Service Unavailable", "ServiceUnavailable", null);
        Advance(Ttl + TimeSpan.FromSeconds(1));
        Assert.Equal(canary, await resolver.GetVariableAsync("k"));
        Assert.Equal(2, vault.Asked.Length);
        Assert.Empty(env.Asked);
        string warning = Assert.Single(log.At(LogLevel.Warning), line => line.Contains("last known good", StringComparison.Ordinal));
        Assert.Contains("'k'", warning, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, log.AllText, StringComparison.Ordinal);

        // While the outage lasts the vault is asked again at most every 30 s, not on every read.
        Assert.Equal(canary, await resolver.GetVariableAsync("k"));
        Assert.Equal(2, vault.Asked.Length);
        Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(canary, await resolver.GetVariableAsync("k"));
        Assert.Equal(3, vault.Asked.Length);

        // Past the maximum staleness Airflow's order applies again: the next backend answers.
        Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("a different value from the environment", await resolver.GetVariableAsync("k"));

        // And once the vault is back its value wins at once: the environment's answer was not pinned.
        vault.Failure = null;
        Assert.Equal(canary, await resolver.GetVariableAsync("k"));
    }

    [Fact]
    public async Task With_no_maximum_staleness_an_expired_value_is_never_served()
    {
        var vault = new ScriptedBackend().Set("k", "old");
        var resolver = Create(new AirflowSecretsOptions { CacheTtl = Ttl, MaxStaleness = TimeSpan.Zero }, new ListLogger(), vault);
        Assert.Equal("old", await resolver.GetVariableAsync("k"));
        vault.Failure = new RequestFailedException(500, "Internal Server Error");
        Advance(Ttl);
        var missing = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("k"));
        Assert.Contains("failed (HTTP 500)", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_a_later_backend_gave_while_an_earlier_one_failed_is_not_cached()
    {
        var vault = new ScriptedBackend("Azure Key Vault") { Failure = new RequestFailedException(429, "Too Many Requests") };
        var env = new ScriptedBackend("environment").Set("k", "from-env");
        var log = new ListLogger();
        var resolver = Create(new AirflowSecretsOptions(), log, vault, env);
        Assert.Equal("from-env", await resolver.GetVariableAsync("k"));
        Assert.Contains(log.At(LogLevel.Information), line => line.Contains("not cached", StringComparison.Ordinal));

        vault.Failure = null;
        vault.Set("k", "from-vault");
        Assert.Equal("from-vault", await resolver.GetVariableAsync("k"));
        Assert.Equal("from-vault", await resolver.GetVariableAsync("k"));
        Assert.Equal(2, vault.Asked.Length);
    }

    [Fact]
    public async Task A_key_removed_from_every_backend_is_gone_after_its_ttl_even_with_last_known_good_on()
    {
        var vault = new ScriptedBackend().Set("k", "v");
        var resolver = Create(new AirflowSecretsOptions { CacheTtl = Ttl }, new ListLogger(), vault);
        Assert.Equal("v", await resolver.GetVariableAsync("k"));
        vault.Remove("k");
        Assert.Equal("v", await resolver.GetVariableAsync("k"));
        Advance(Ttl);
        await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("k"));
        vault.Failure = new RequestFailedException(503, "Service Unavailable");
        await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("k"));
    }

    [Fact]
    public async Task A_bulk_load_asks_for_every_key_at_once_and_fills_the_cache()
    {
        var vault = new ScriptedBackend();
        for (int i = 0; i < 5; i++) vault.Set("k" + i, "v" + i);
        vault.Set("db", "postgres://user:pw@host:5432/db");
        var resolver = Create(new AirflowSecretsOptions(), new ListLogger(), vault);
        vault.Close();
        AirflowSecretKey[] keys = Enumerable.Range(0, 5).Select(i => AirflowSecretKey.Variable("k" + i))
            .Append(AirflowSecretKey.Connection("db")).Append(AirflowSecretKey.Variable("k0")).ToArray();
        Task<AirflowSecretsSnapshot> load = resolver.LoadAsync(keys);
        await Eventually.True(() => vault.Asked.Length == 6, "vault.Asked.Length == 6");
        vault.Open();
        AirflowSecretsSnapshot snapshot = await load;

        Assert.Equal("v3", snapshot.GetVariable("k3"));
        Assert.Equal("host", snapshot.GetConnection("db").Host);
        Assert.Equal("AirflowSecretsSnapshot (6 found, 0 missing)", snapshot.ToString());
        Assert.Throws<KeyNotFoundException>(() => snapshot.GetVariable("never-asked"));
        Assert.Equal("v4", await resolver.GetVariableAsync("k4"));
        Assert.Equal(6, vault.Asked.Length);
    }

    [Fact]
    public async Task A_bulk_load_names_every_missing_and_unreadable_key_in_one_error()
    {
        const string canary = "CANARY-load-77c2";
        var handler = new FakeKeyVaultHandler()
            .Set("airflow-variables-present", canary)
            .Fail("airflow-connections-locked", HttpStatusCode.Forbidden, "Forbidden");
        var resolver = Create(new AirflowSecretsOptions(), new ListLogger(), handler.CreateBackend(), new EnvironmentVariablesBackend(new Dictionary<string, string>()));

        var error = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => resolver.LoadAsync(
            new[] { AirflowSecretKey.Variable("present"), AirflowSecretKey.Variable("absent"), AirflowSecretKey.Connection("locked") },
            new[] { AirflowSecretKey.Variable("optional"), AirflowSecretKey.Variable("present") }));

        Assert.Equal(new[] { AirflowSecretKey.Variable("absent"), AirflowSecretKey.Connection("locked") }, error.Failures.Select(f => f.Key));
        Assert.False(error.Failures[0].Unreadable);
        Assert.True(error.Failures[1].Unreadable);
        Assert.StartsWith("2 secrets could not be loaded:", error.Message, StringComparison.Ordinal);
        Assert.Contains("variable 'absent' was not found (Azure Key Vault secret 'airflow-variables-absent': not found; environment variable 'AIRFLOW_VAR_ABSENT': not found)", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection 'locked' could not be read (Azure Key Vault secret 'airflow-connections-locked': failed (HTTP 403 Forbidden)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'present'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'optional'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, error.Message + error.Loaded, StringComparison.Ordinal);

        Assert.Equal(canary, error.Loaded.GetVariable("present"));
        Assert.Null(error.Loaded.GetVariableOrDefault("optional"));
        Assert.Equal("fallback", error.Loaded.GetVariableOrDefault("optional", "fallback"));
        var notFound = Assert.Throws<AirflowSecretNotFoundException>(() => error.Loaded.GetVariable("absent"));
        Assert.Contains("AIRFLOW_VAR_ABSENT", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_load_with_optional_keys_missing_succeeds()
    {
        var vault = new ScriptedBackend().Set("a", "1");
        var resolver = Create(new AirflowSecretsOptions(), new ListLogger(), vault);
        AirflowSecretsSnapshot snapshot = await resolver.LoadAsync(new[] { AirflowSecretKey.Variable("a") }, new[] { AirflowSecretKey.Config("maybe") });
        Assert.Equal(1, snapshot.GetVariable<int>("a"));
        Assert.Null(snapshot.TryGetConfig("maybe"));
        Assert.Equal(new[] { AirflowSecretKey.Config("maybe") }, snapshot.Missing);
    }

    [Fact]
    public async Task A_warm_typed_read_reuses_immutable_values_and_never_shares_mutable_ones()
    {
        var vault = new ScriptedBackend().Set("retries", "5").Set("targets", "[\"a\", \"b\"]");
        var resolver = Create(new AirflowSecretsOptions { CacheTtl = Ttl }, new ListLogger(), vault);
        Assert.Equal(5, await resolver.GetVariableAsync<int>("retries"));
        Assert.Equal(5, await resolver.GetVariableAsync<int>("retries"));
        Assert.Equal("5", await resolver.GetVariableAsync("retries"));
        Assert.Equal(5L, await resolver.GetVariableAsync<long>("retries"));

        List<string> first = await resolver.GetVariableAsync<List<string>>("targets");
        first.Add("changed by one caller");
        Assert.Equal(new[] { "a", "b" }, await resolver.GetVariableAsync<List<string>>("targets"));

        // A refreshed value is read afresh, not from the old typed copy.
        vault.Set("retries", "7");
        Advance(Ttl);
        Assert.Equal(7, await resolver.GetVariableAsync<int>("retries"));
        Assert.Equal(2, vault.Asked.Count(k => k == "retries"));
    }
}
