using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using StackExchange.Redis;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>
/// A Redis server of its own on free ports (plain and TLS, on 127.0.0.1 and ::1), no persistence, in a temporary
/// folder. The password and an ACL user with a hostile password are set once it runs (through the client, so that
/// no shell or config-file quoting stands between the test and the server). Stopped afterwards.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string Install = "apt-get install -y redis-server";
    private string _folder = null!;
    private Process? _server;

    public int Port { get; private set; }

    public int TlsPort { get; private set; }

    public string Password { get; } = Hostile.NewPassword().Replace(",", string.Empty, StringComparison.Ordinal);

    public string User { get; } = "airflow-user";

    public string UserPassword { get; } = Hostile.NewPassword();

    internal TestCertificates Certificates { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string redis = ServerProcess.Find("redis-server", Install, "/usr/bin/redis-server", "redis-server");
        _folder = ServerProcess.NewFolder("redis");
        Certificates = new TestCertificates(_folder, includeLoopbackAddresses: false);
        Port = ServerProcess.FreePort();
        TlsPort = ServerProcess.FreePort();
        string log = Path.Combine(_folder, "server.log");
        _server = ServerProcess.StartServer(redis, new[]
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "::1", "--save", "", "--appendonly", "no",
            "--dir", _folder, "--daemonize", "no", "--protected-mode", "no",
            "--tls-port", TlsPort.ToString(CultureInfo.InvariantCulture), "--tls-cert-file", Certificates.ServerCertificatePath,
            "--tls-key-file", Certificates.ServerKeyPath, "--tls-ca-cert-file", Certificates.CaPath, "--tls-auth-clients", "no",
        }, log);
        await ServerProcess.WaitForPortAsync(Port, _server, log, TimeSpan.FromSeconds(30));
        await ServerProcess.WaitForPortAsync(TlsPort, _server, log, TimeSpan.FromSeconds(30));

        await using ConnectionMultiplexer admin = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { { "127.0.0.1", Port } }, AllowAdmin = true });
        IServer server = admin.GetServer("127.0.0.1", Port);
        await server.ExecuteAsync("ACL", "SETUSER", User, "on", ">" + UserPassword, "~*", "+@all");
        await server.ExecuteAsync("CONFIG", "SET", "requirepass", Password);
    }

    public Task DisposeAsync()
    {
        ServerProcess.Stop(_server, TimeSpan.FromSeconds(10));
        Certificates?.Dispose();
        ServerProcess.DeleteFolder(_folder);
        return Task.CompletedTask;
    }
}
