using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using Npgsql;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>
/// A PostgreSQL cluster of its own: initdb in a temporary folder, pg_ctl start on a free port listening on
/// 127.0.0.1 and ::1 (as an unprivileged user when the tests run as root), password (SCRAM) authentication over TCP,
/// and a role and a database whose names and password hold every hostile character. Stopped and deleted afterwards.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Install = "apt-get install -y postgresql";
    private string _folder = null!;
    private string _pgCtl = null!;
    private string _data = null!;

    public int Port { get; private set; }

    public static string AdminUser => "airflow_admin";

    public string AdminPassword { get; } = Hostile.NewPassword();

    public string Role { get; } = Hostile.Name("airflow role");

    public string RolePassword { get; } = Hostile.NewPassword();

    public string Database { get; } = Hostile.Name("airflow db");

    public async Task InitializeAsync()
    {
        string initdb = ServerProcess.Find("PostgreSQL's initdb", Install, "/usr/lib/postgresql/*/bin/initdb", "initdb");
        _pgCtl = Path.Combine(Path.GetDirectoryName(initdb)!, "pg_ctl");
        _folder = ServerProcess.NewFolder("postgres");
        _data = Path.Combine(_folder, "data");
        string passwordFile = Path.Combine(_folder, "admin-password");
        ServerProcess.Write(passwordFile, AdminPassword + "\n");
        ServerProcess.Run(initdb, new[] { "-D", _data, "-U", AdminUser, "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync" }, unprivileged: true);
        File.Delete(passwordFile);

        Port = ServerProcess.FreePort();
        string log = Path.Combine(_folder, "server.log");
        string options = "-p " + Port.ToString(CultureInfo.InvariantCulture) + " -k " + _folder + " -c listen_addresses=127.0.0.1,::1 -c fsync=off -c shared_buffers=16MB";
        ServerProcess.Run(_pgCtl, new[] { "-D", _data, "-o", options, "-l", log, "-w", "-t", "60", "start" }, unprivileged: true, timeout: TimeSpan.FromSeconds(90));

        await using NpgsqlConnection admin = new(Admin());
        await admin.OpenAsync();
        await Execute(admin, "CREATE ROLE " + Identifier(Role) + " LOGIN PASSWORD " + Literal(RolePassword));
        await Execute(admin, "CREATE DATABASE " + Identifier(Database) + " OWNER " + Identifier(Role));
    }

    public Task DisposeAsync()
    {
        try
        {
            if (_data != null && Directory.Exists(_data)) ServerProcess.Run(_pgCtl, new[] { "-D", _data, "-m", "immediate", "-w", "stop" }, unprivileged: true);
        }
        finally
        {
            ServerProcess.DeleteFolder(_folder);
        }

        return Task.CompletedTask;
    }

    private string Admin() => new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = AdminUser, Password = AdminPassword, Database = "postgres", Pooling = false }.ConnectionString;

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
