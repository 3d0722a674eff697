using System;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.MySqlConnector;
using MySqlConnector;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>MySqlConnector against a real MariaDB, with only an Airflow connection read from the loopback vault.</summary>
public sealed class MariaDbTests : IClassFixture<MariaDbServer>
{
    private readonly MariaDbServer _server;

    public MariaDbTests(MariaDbServer server) => _server = server;

    private AirflowConnection Hostile(string? password = null, string? extra = null) =>
        new("mysql_db", "mysql", "127.0.0.1", _server.User, password ?? _server.Password, _server.Database, _server.Port, extra);

    private static async Task<(string User, string Database, long One)> WhoAmI(AirflowConnection connection)
    {
        await using MySqlDataSource source = connection.CreateMySqlDataSource();
        await using MySqlConnection open = await source.OpenConnectionAsync();
        await using var command = new MySqlCommand("SELECT CURRENT_USER(), DATABASE(), 1", open);
        await using MySqlDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
    }

    [Fact]
    public async Task The_hostile_user_connects_from_the_uri_form()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("mysql_db", Vault.Uri(Hostile()));

        Assert.Equal((_server.User + "@%", _server.Database, 1L), await WhoAmI(connection));
    }

    [Fact]
    public async Task The_hostile_user_connects_from_the_json_form_and_extras_airflow_drops_are_dropped()
    {
        string json = Vault.Json("mysql", "127.0.0.1", _server.User, _server.Password, _server.Database, _server.Port, new { charset = "utf8", connect_timeout = 5, cursor = "dictcursor" });
        AirflowConnection connection = await Vault.RoundTripAsync("mysql_db", json);

        Assert.Equal((_server.User + "@%", _server.Database, 1L), await WhoAmI(connection));
        AirflowClientSettings settings = AirflowClients.GetSettings(connection, AirflowClientKind.MySql);
        Assert.Contains(settings.Notes, n => n.StartsWith("extra 'connect_timeout'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ipv6_host_connects()
    {
        string uri = "mysql://" + Uri.EscapeDataString(_server.User) + ":" + Uri.EscapeDataString(_server.Password) + "@[::1]:" + _server.Port + "/" + Uri.EscapeDataString(_server.Database);
        AirflowConnection connection = await Vault.RoundTripAsync("mysql_db", uri);

        Assert.Equal((_server.User + "@%", _server.Database, 1L), await WhoAmI(connection));
    }

    [Fact]
    public async Task The_unix_socket_extra_connects_through_the_socket()
    {
        AirflowConnection connection = Hostile(extra: System.Text.Json.JsonSerializer.Serialize(new { unix_socket = _server.Socket }));

        Assert.Equal((_server.User + "@%", _server.Database, 1L), await WhoAmI(connection));
        Assert.Equal("UnixSocket", connection.ToMySqlConnectionStringBuilder().ConnectionProtocol.ToString());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_by_the_server()
    {
        var error = await Assert.ThrowsAsync<MySqlException>(() => WhoAmI(Hostile(password: _server.Password + "x")));
        Assert.Equal(MySqlErrorCode.AccessDenied, error.ErrorCode);
    }
}
