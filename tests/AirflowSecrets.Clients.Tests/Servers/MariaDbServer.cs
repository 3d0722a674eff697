using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using MySqlConnector;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>
/// A MariaDB server of its own: mariadb-install-db in a temporary folder, mariadbd on a free port listening on
/// 127.0.0.1 and ::1 (as an unprivileged user when root), administered over its Unix socket, with a user and a
/// database whose names and password hold every hostile character. Stopped and deleted afterwards.
/// </summary>
public sealed class MariaDbServer : IAsyncLifetime
{
    private const string Install = "apt-get install -y mariadb-server-core mariadb-client-core";
    private string _folder = null!;
    private Process? _server;

    public int Port { get; private set; }

    public string Socket { get; private set; } = null!;

    public string User { get; } = Hostile.Name("airflow user")[..30];

    public string Password { get; } = Hostile.NewPassword();

    public string Database { get; } = Hostile.Name("airflow db");

    public async Task InitializeAsync()
    {
        string installDb = ServerProcess.Find("MariaDB's mariadb-install-db", Install, "/usr/bin/mariadb-install-db", "mariadb-install-db");
        string mariadbd = ServerProcess.Find("MariaDB's mariadbd", Install, "/usr/sbin/mariadbd", "mariadbd");
        _folder = ServerProcess.NewFolder("mariadb");
        string data = Path.Combine(_folder, "data");
        ServerProcess.Run(installDb, new[] { "--no-defaults", "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve" }, unprivileged: true);

        Port = ServerProcess.FreePort();
        Socket = Path.Combine(_folder, "mysqld.sock");
        string log = Path.Combine(_folder, "server.log");
        _server = ServerProcess.StartServer(mariadbd, new[]
        {
            "--no-defaults", "--datadir=" + data, "--port=" + Port.ToString(CultureInfo.InvariantCulture), "--bind-address=127.0.0.1,::1",
            "--socket=" + Socket, "--pid-file=" + Path.Combine(_folder, "mysqld.pid"), "--skip-name-resolve", "--innodb-buffer-pool-size=32M",
            "--skip-log-bin", "--log-error=" + Path.Combine(_folder, "error.log"),
        }, log, unprivileged: true);
        await ServerProcess.WaitForPortAsync(Port, _server, Path.Combine(_folder, "error.log"), TimeSpan.FromSeconds(60));

        await using var admin = new MySqlConnection(new MySqlConnectionStringBuilder { Server = Socket, ConnectionProtocol = MySqlConnectionProtocol.UnixSocket, UserID = "root", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await Execute(admin, "CREATE USER " + Literal(User) + "@'%' IDENTIFIED BY " + Literal(Password));
        await Execute(admin, "CREATE DATABASE " + Identifier(Database) + " CHARACTER SET utf8mb4");
        await Execute(admin, "GRANT ALL ON " + Identifier(Database) + ".* TO " + Literal(User) + "@'%'");
    }

    public Task DisposeAsync()
    {
        ServerProcess.Stop(_server, TimeSpan.FromSeconds(20));
        ServerProcess.DeleteFolder(_folder);
        return Task.CompletedTask;
    }

    private static async Task Execute(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Identifier(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string Literal(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
