using System;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;

namespace AirflowSecrets.IntegrationTests;

/// <summary>The generated members of <see cref="DagSecrets"/>, used as a DAG task would use them.</summary>
public sealed class GeneratedAccessorTests
{
    private static KeyVaultSecretStore Seed(KeyVaultSecretStore store)
    {
        store.SetVariable("my_var", "hello");
        store.SetVariable("retries", "5");
        store.SetVariable("mode", "\"replace\"");
        store.SetVariable("warehouse", "{\"schema\": \"raw\", \"batch_size\": 500, \"tables\": [\"orders\", \"users\"]}");
        store.Set("airflow-variables-analytics--bucket", "team-bucket");
        store.SetConnection("postgres_default", "postgres://etl@db.internal:5432/warehouse");
        store.SetConfig("sql_alchemy_conn", "postgresql://airflow@meta/airflow");
        return store;
    }

    private static DagSecrets InMemory(out InMemoryKeyVaultBackend vault)
    {
        vault = new InMemoryKeyVaultBackend(Seed(new KeyVaultSecretStore()));
        return new DagSecrets(new AirflowSecretResolver(new IAirflowSecretsBackend[] { vault }));
    }

    [Fact]
    public async Task Accessors_read_airflows_names_with_types_defaults_and_optionals()
    {
        DagSecrets secrets = InMemory(out InMemoryKeyVaultBackend vault);

        Assert.Equal("hello", await secrets.GetMyVarAsync());
        Assert.Equal(5, await secrets.GetRetriesAsync());
        Assert.Equal(LoadMode.Replace, await secrets.GetModeAsync());
        Assert.Equal(TimeSpan.FromMinutes(1), await secrets.GetTimeoutAsync());
        WarehouseSettings warehouse = await secrets.GetWarehouseAsync();
        Assert.Equal(("raw", 500), (warehouse.Schema, warehouse.BatchSize));
        Assert.Equal(new[] { "orders", "users" }, warehouse.Tables);
        Assert.Null(await secrets.GetNoteAsync());
        Assert.Equal("team-bucket", await secrets.GetBucketAsync());
        Assert.Equal("db.internal", (await secrets.GetPostgresDefaultAsync()).Host);
        Assert.Null(await secrets.GetMetricsApiAsync());
        Assert.Equal("postgresql://airflow@meta/airflow", await secrets.GetSqlAlchemyConnAsync());

        Assert.Contains("airflow-variables-my-var", vault.Requested);
        Assert.Contains("airflow-connections-postgres-default", vault.Requested);
        Assert.Contains("airflow-config-sql-alchemy-conn", vault.Requested);
    }

    [Fact]
    public void The_declared_secrets_are_listed_for_bulk_loads_and_existence_checks()
    {
        Assert.Equal(10, DagSecrets.DeclaredSecrets.Count);
        Assert.Contains(AirflowSecretKey.Variable("bucket", "analytics"), DagSecrets.DeclaredSecrets);
        Assert.Contains(AirflowSecretKey.Config("sql_alchemy_conn"), DagSecrets.DeclaredSecrets);
        Assert.Equal(
            new[] { "retries", "mode", "timeout", "note", "metrics_api" },
            DagSecrets.OptionalSecrets.Select(k => k.Key));
    }

    [Fact]
    public async Task One_call_loads_a_typed_snapshot()
    {
        DagSecrets secrets = InMemory(out _);
        DagSecrets.Snapshot loaded = await secrets.LoadAsync();
        Assert.Equal("hello", loaded.MyVar);
        Assert.Equal(5, loaded.Retries);
        Assert.Equal(LoadMode.Replace, loaded.Mode);
        Assert.Equal(TimeSpan.FromMinutes(1), loaded.Timeout);
        Assert.Equal("raw", loaded.Warehouse.Schema);
        Assert.Null(loaded.Note);
        Assert.Equal("team-bucket", loaded.Bucket);
        Assert.Equal(5432, loaded.PostgresDefault.Port);
        Assert.Null(loaded.MetricsApi);
        Assert.Equal("DagSecrets.Snapshot (10 secrets)", loaded.ToString());
    }

    [Fact]
    public async Task A_load_names_every_missing_required_secret()
    {
        var vault = new InMemoryKeyVaultBackend();
        vault.Store.SetVariable("my_var", "only this one");
        var secrets = new DagSecrets(new AirflowSecretResolver(new IAirflowSecretsBackend[] { vault }));
        var error = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => secrets.LoadAsync());
        Assert.Equal(
            new[] { "warehouse", "bucket", "postgres_default", "sql_alchemy_conn" },
            error.Failures.Select(f => f.Key.Key));
        Assert.DoesNotContain("only this one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_loopback_vault_the_snapshot_costs_one_get_per_secret_name()
    {
        await using LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync(new LoopbackKeyVaultOptions { Store = Seed(new KeyVaultSecretStore()) });
        var secrets = new DagSecrets(AirflowSecretResolver.Create(new AirflowSecretsOptions { KeyVault = vault.CreateBackendOptions(), UseEnvironmentVariables = false }));

        DagSecrets.Snapshot loaded = await secrets.LoadAsync();
        Assert.Equal("hello", loaded.MyVar);
        Assert.Equal("team-bucket", loaded.Bucket);

        // Ten declared secrets, each found under its first name (the team variable under its team-scoped one), each asked once.
        var gets = vault.Requests.Where(r => r.Operation == "get" && r.Authenticated).ToArray();
        Assert.Equal(10, gets.Length);
        Assert.Equal(gets.Length, gets.Select(g => g.SecretName).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // The accessors now read from the resolver's cache.
        Assert.Equal(5, await secrets.GetRetriesAsync());
        Assert.Equal(10, vault.Requests.Count(r => r.Operation == "get" && r.Authenticated));
    }
}
