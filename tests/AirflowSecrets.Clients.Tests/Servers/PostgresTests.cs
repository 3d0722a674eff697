using System;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.Npgsql;
using Npgsql;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>Npgsql against a real PostgreSQL, with only an Airflow connection read from the loopback vault.</summary>
public sealed class PostgresTests : IClassFixture<PostgresServer>
{
    private readonly PostgresServer _server;

    public PostgresTests(PostgresServer server) => _server = server;

    private AirflowConnection Hostile(string? host = "127.0.0.1", string? password = null) =>
        new("warehouse_db", "postgres", host, _server.Role, password ?? _server.RolePassword, _server.Database, _server.Port);

    private static async Task<(string User, string Database, int One)> WhoAmI(AirflowConnection connection)
    {
        await using NpgsqlDataSource source = connection.CreateNpgsqlDataSource();
        await using NpgsqlCommand command = source.CreateCommand("SELECT current_user, current_database(), 1");
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
    }

    [Fact]
    public async Task The_hostile_role_connects_from_the_uri_form()
    {
        string uri = Vault.Uri(Hostile());
        Assert.DoesNotContain(_server.RolePassword, uri, StringComparison.Ordinal); // percent-encoded, as Airflow writes it
        AirflowConnection connection = await Vault.RoundTripAsync("warehouse_db", uri);

        Assert.Equal((_server.Role, _server.Database, 1), await WhoAmI(connection));
    }

    [Fact]
    public async Task The_hostile_role_connects_from_the_json_form()
    {
        string json = Vault.Json("postgres", "127.0.0.1", _server.Role, _server.RolePassword, _server.Database, _server.Port, new { sslmode = "disable", application_name = "airflow task 1" });
        AirflowConnection connection = await Vault.RoundTripAsync("warehouse_db", json);

        Assert.Equal((_server.Role, _server.Database, 1), await WhoAmI(connection));
        await using NpgsqlDataSource source = connection.CreateNpgsqlDataSource();
        await using NpgsqlCommand command = source.CreateCommand("SELECT current_setting('application_name')");
        Assert.Equal("airflow task 1", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_ipv6_host_in_brackets_connects()
    {
        string uri = "postgresql://" + Uri.EscapeDataString(_server.Role) + ":" + Uri.EscapeDataString(_server.RolePassword)
            + "@[::1]:" + _server.Port + "/" + Uri.EscapeDataString(_server.Database) + "?connect_timeout=10";
        AirflowConnection connection = await Vault.RoundTripAsync("warehouse_db", uri);
        Assert.Equal("::1", connection.Host);

        Assert.Equal((_server.Role, _server.Database, 1), await WhoAmI(connection));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_by_the_server()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => WhoAmI(Hostile(password: _server.RolePassword + "x")));
        Assert.Equal("28P01", error.SqlState);
    }

    [Fact]
    public async Task A_uri_iam_false_is_refused_before_connecting_because_airflow_would_fetch_a_token()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("warehouse_db", Vault.Uri(Hostile()) + "?iam=false");

        var error = Assert.Throws<AirflowClientSettingsException>(() => connection.CreateNpgsqlDataSource());
        Assert.Equal("extra 'iam'", error.Field);
        Assert.Contains("warehouse_db", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.RolePassword, error.Message, StringComparison.Ordinal);
    }
}
