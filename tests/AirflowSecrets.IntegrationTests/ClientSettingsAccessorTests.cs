using System;
using System.Data.Common;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Clients;
using AirflowSecrets.Testing;

namespace AirflowSecrets.IntegrationTests;

/// <summary>Connections declared for a client: the generator adds <c>Get{Name}SettingsAsync</c> beside each accessor.</summary>
[AirflowConnection("warehouse_db", Client = AirflowClientKind.Npgsql, ConnType = "postgres")]
[AirflowConnection("reporting", Client = AirflowClientKind.Odbc, ConnType = "mssql")]
[AirflowConnection("cache", Client = AirflowClientKind.Redis, Optional = true)]
[AirflowConnection("api", Client = AirflowClientKind.Http, Team = "analytics")]
public partial class ClientJobSecrets
{
}

/// <summary>The settings members of <see cref="ClientJobSecrets"/>, read as a task reads them.</summary>
public sealed class ClientSettingsAccessorTests
{
    // Every character that breaks naive quoting, around a random part (no credential is written into the code).
    private static string HostilePassword() => "p;='\"{} %é密" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));

    private static ClientJobSecrets InMemory(KeyVaultSecretStore store) =>
        new(new AirflowSecretResolver(new IAirflowSecretsBackend[] { new InMemoryKeyVaultBackend(store) }));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Settings_come_from_the_loopback_vault_in_uri_and_json_form_with_a_hostile_password(bool json)
    {
        string password = HostilePassword();
        var store = new KeyVaultSecretStore();
        store.SetConnection("warehouse_db", json
            ? "{\"conn_type\": \"postgres\", \"host\": \"db.internal\", \"login\": \"etl\", \"password\": " + "\"" + System.Text.Json.JsonEncodedText.Encode(password) + "\"" + ", \"schema\": \"dw\", \"port\": 6432}"
            : "postgresql://etl:" + Uri.EscapeDataString(password) + "@db.internal:6432/dw");
        await using LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync(new LoopbackKeyVaultOptions { Store = store });
        var secrets = new ClientJobSecrets(AirflowSecretResolver.Create(new AirflowSecretsOptions { KeyVault = vault.CreateBackendOptions(), UseEnvironmentVariables = false }));

        ConnectionStringSettings settings = await secrets.GetWarehouseDbSettingsAsync();

        Assert.Equal((AirflowClientKind.Npgsql, "warehouse_db"), (settings.Client, settings.ConnectionId));
        Assert.Equal(("db.internal", "6432", "etl", "dw", password), (settings["Host"], settings["Port"], settings["Username"], settings["Database"], settings["Password"]));
        // The text reads back, by the builder rules Npgsql's shares, to the same password; the masked forms hide it.
        var parsed = new DbConnectionStringBuilder { ConnectionString = settings.ToConnectionString() };
        Assert.Equal(password, parsed["Password"]);
        Assert.DoesNotContain(password, settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password=***", settings.ToMaskedConnectionString(), StringComparison.Ordinal);
        Assert.Contains(vault.Requests, r => r.Operation == "get" && r.SecretName == "airflow-connections-warehouse-db");
    }

    [Fact]
    public async Task Hook_arguments_are_passed_as_options_and_each_member_maps_for_its_client()
    {
        var store = new KeyVaultSecretStore();
        store.SetConnection("warehouse_db", "postgres://etl@db.internal/dw");
        store.SetConnection("reporting", "mssql://report@sql.internal:1433/sales");
        store.Set("airflow-connections-analytics--api", "{\"conn_type\": \"http\", \"host\": \"api.internal\", \"schema\": \"https\", \"extra\": {\"X-Team\": \"analytics\"}}");
        ClientJobSecrets secrets = InMemory(store);

        ConnectionStringSettings other = await secrets.GetWarehouseDbSettingsAsync(new AirflowClientOptions { Database = "staging" });
        Assert.Equal("staging", other["Database"]);

        ConnectionStringSettings odbc = await secrets.GetReportingSettingsAsync(new AirflowClientOptions { OdbcDriver = "ODBC Driver 18 for SQL Server" });
        Assert.Equal(AirflowClientKind.Odbc, odbc.Client);
        Assert.Equal(("ODBC Driver 18 for SQL Server", "sql.internal", "sales", "report"), (odbc["DRIVER"], odbc["SERVER"], odbc["DATABASE"], odbc["UID"]));

        HttpSettings api = await secrets.GetApiSettingsAsync();
        Assert.Equal("https://api.internal", api.BaseUrl);
        Assert.Contains(api.Headers, h => h.Key == "X-Team" && h.Value == "analytics");
    }

    [Fact]
    public async Task An_optional_connection_that_no_backend_holds_gives_null_and_one_that_exists_its_settings()
    {
        var store = new KeyVaultSecretStore();
        ClientJobSecrets secrets = InMemory(store);
        Assert.Null(await secrets.GetCacheSettingsAsync());

        store.SetConnection("cache", "redis://cache.internal:6380/?db=2");
        RedisSettings? cache = await InMemory(store).GetCacheSettingsAsync();
        Assert.NotNull(cache);
        Assert.Equal(("cache.internal", 6380, 2), (cache!.EndPoints.Single().Host, cache.EndPoints.Single().Port, cache.Database));
    }

    [Fact]
    public async Task A_required_connection_that_no_backend_holds_is_not_found()
    {
        ClientJobSecrets secrets = InMemory(new KeyVaultSecretStore());
        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await secrets.GetWarehouseDbSettingsAsync());
        Assert.Equal("warehouse_db", error.Key);
    }

    [Theory]
    [InlineData("reporting", "odbc://report:{0}@sql.internal/sales", "is 'odbc', not the 'mssql' its declaration expects")]
    [InlineData("warehouse_db", "redis://:{0}@cache.internal:6379", "is 'redis', not the 'postgres' its declaration expects")]
    [InlineData("cache", "postgres://etl:{0}@db.internal/dw", "'postgres' is not one StackExchange.Redis serves (redis)")]
    public async Task A_conn_type_the_declaration_or_the_client_does_not_take_names_connection_and_field_never_the_value(string connId, string uri, string problem)
    {
        string password = "pw" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        var store = new KeyVaultSecretStore();
        store.SetConnection(connId, string.Format(System.Globalization.CultureInfo.InvariantCulture, uri, password));
        ClientJobSecrets secrets = InMemory(store);

        AirflowClientSettingsException error = connId switch
        {
            "reporting" => await Assert.ThrowsAsync<AirflowClientSettingsException>(async () => await secrets.GetReportingSettingsAsync()),
            "warehouse_db" => await Assert.ThrowsAsync<AirflowClientSettingsException>(async () => await secrets.GetWarehouseDbSettingsAsync()),
            _ => await Assert.ThrowsAsync<AirflowClientSettingsException>(async () => await secrets.GetCacheSettingsAsync()),
        };

        Assert.Equal((connId, "conn_type", problem), (error.ConnectionId, error.Field, error.Problem));
        Assert.StartsWith("Connection '" + connId + "' cannot be used with ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_without_a_conn_type_passes_the_declared_check()
    {
        var store = new KeyVaultSecretStore();
        store.SetConnection("warehouse_db", "{\"host\": \"db.internal\", \"login\": \"etl\", \"schema\": \"dw\"}");
        ConnectionStringSettings settings = await InMemory(store).GetWarehouseDbSettingsAsync();
        Assert.Equal(("db.internal", "dw"), (settings["Host"], settings["Database"]));
    }
}
