using System;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.StackExchangeRedis;
using StackExchange.Redis;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>StackExchange.Redis against a real Redis (password, ACL user, TLS), with only an Airflow connection from the loopback vault.</summary>
public sealed class RedisTests : IClassFixture<RedisServer>
{
    private readonly RedisServer _server;

    public RedisTests(RedisServer server) => _server = server;

    private static async Task<string?> SetAndGet(AirflowConnection connection, Action<ConfigurationOptions>? adjust = null)
    {
        ConfigurationOptions options = connection.ToRedisConfigurationOptions();
        options.ConnectTimeout = 5000;
        adjust?.Invoke(options);
        await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(options);
        IDatabase database = redis.GetDatabase();
        string key = "airflow:" + Guid.NewGuid().ToString("N");
        string value = Support.Hostile.Characters + " value";
        Assert.True(await database.StringSetAsync(key, value));
        return await database.StringGetAsync(key);
    }

    [Fact]
    public async Task The_password_connects_from_the_uri_form_and_db_selects_the_database()
    {
        var fields = new AirflowConnection("redis_cache", "redis", "127.0.0.1", null, _server.Password, null, _server.Port, "{\"db\": \"3\"}");
        AirflowConnection connection = await Vault.RoundTripAsync("redis_cache", Vault.Uri(fields));
        Assert.Equal("3", connection.ExtraDejson.GetProperty("db").GetString()); // a URI's extras are text

        Assert.Equal(Support.Hostile.Characters + " value", await SetAndGet(connection));
        ConfigurationOptions options = connection.ToRedisConfigurationOptions();
        Assert.Equal(3, options.DefaultDatabase);
    }

    [Fact]
    public async Task An_acl_user_with_a_hostile_password_connects_from_the_json_form()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("redis_cache", Vault.Json("redis", "127.0.0.1", _server.User, _server.UserPassword, null, _server.Port, new { db = 0 }));

        Assert.Equal(Support.Hostile.Characters + " value", await SetAndGet(connection));
    }

    [Fact]
    public async Task An_ipv6_host_connects()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("redis_cache", "redis://:" + Uri.EscapeDataString(_server.Password) + "@[::1]:" + _server.Port);

        Assert.Equal(Support.Hostile.Characters + " value", await SetAndGet(connection));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_by_the_server()
    {
        var connection = new AirflowConnection("redis_cache", "redis", "127.0.0.1", null, _server.Password + "x", null, _server.Port);

        await Assert.ThrowsAsync<RedisConnectionException>(() => SetAndGet(connection));
    }

    [Fact]
    public async Task Tls_with_the_ca_file_checks_the_server_and_connects()
    {
        string extra = System.Text.Json.JsonSerializer.Serialize(new { ssl = true, ssl_ca_certs = _server.Certificates.CaPath, ssl_cert_reqs = "required" });
        AirflowConnection connection = await Vault.RoundTripAsync("redis_tls", Vault.Json("redis", "localhost", null, _server.Password, null, _server.TlsPort, System.Text.Json.JsonDocument.Parse(extra).RootElement));

        Assert.Equal(Support.Hostile.Characters + " value", await SetAndGet(connection));
    }

    [Fact]
    public async Task Tls_without_the_ca_fails_as_an_untrusted_server_should()
    {
        var connection = new AirflowConnection("redis_tls", "redis", "localhost", null, _server.Password, null, _server.TlsPort, "{\"ssl\": true}");

        await Assert.ThrowsAsync<RedisConnectionException>(() => SetAndGet(connection, o => o.AbortOnConnectFail = true));
    }

    [Fact]
    public async Task Tls_to_an_address_the_certificate_does_not_name_needs_ssl_check_hostname_false()
    {
        string ca = System.Text.Json.JsonEncodedText.Encode(_server.Certificates.CaPath).ToString();
        var strict = new AirflowConnection("redis_tls", "redis", "127.0.0.1", null, _server.Password, null, _server.TlsPort, "{\"ssl\": true, \"ssl_ca_certs\": \"" + ca + "\"}");
        await Assert.ThrowsAsync<RedisConnectionException>(() => SetAndGet(strict));

        var relaxed = new AirflowConnection("redis_tls", "redis", "127.0.0.1", null, _server.Password, null, _server.TlsPort, "{\"ssl\": true, \"ssl_ca_certs\": \"" + ca + "\", \"ssl_check_hostname\": false}");
        Assert.Equal(Support.Hostile.Characters + " value", await SetAndGet(relaxed));
    }

    [Fact]
    public async Task Tls_with_ssl_cert_reqs_none_accepts_any_certificate()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("redis_tls", "redis://:" + Uri.EscapeDataString(_server.Password) + "@127.0.0.1:" + _server.TlsPort + "?ssl=true&ssl_cert_reqs=none");

        Assert.Equal(Support.Hostile.Characters + " value", await SetAndGet(connection));
    }

    [Fact]
    public async Task A_uri_ssl_false_turns_tls_on_as_in_airflow_and_strict_booleans_turn_it_off()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("redis_cache", "redis://:" + Uri.EscapeDataString(_server.Password) + "@127.0.0.1:" + _server.Port + "?ssl=false");

        Assert.True(((RedisSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Redis)).Ssl);
        ConfigurationOptions strict = connection.ToRedisConfigurationOptions(new AirflowClientOptions { StrictBooleans = true });
        Assert.False(strict.Ssl);
        strict.ConnectTimeout = 5000;
        await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(strict);
        Assert.True(await redis.GetDatabase().PingAsync() > TimeSpan.Zero);
    }
}
