using System;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.Sqlite;
using Microsoft.Data.Sqlite;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>Microsoft.Data.Sqlite opens what SqliteHook opens, from connections in the loopback vault.</summary>
public sealed class SqliteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "airflowsecrets-sqlite-" + Guid.NewGuid().ToString("N")[..8] + " é");

    public SqliteTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        ServerProcess.DeleteFolder(_folder);
    }

    private static async Task<long> Count(AirflowConnection connection, bool write)
    {
        await using SqliteConnection db = connection.CreateSqliteConnection();
        await db.OpenAsync();
        await using SqliteCommand command = db.CreateCommand();
        command.CommandText = write ? "CREATE TABLE IF NOT EXISTS runs(id INTEGER); INSERT INTO runs VALUES (1); SELECT count(*) FROM runs" : "SELECT count(*) FROM runs";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_json_form_opens_the_file_in_host_and_the_uri_form_with_mode_ro_refuses_writes()
    {
        string file = Path.Combine(_folder, "airflow runs.db");
        AirflowConnection json = await Vault.RoundTripAsync("sqlite_default", Vault.Json("sqlite", file, null, null, null, null));
        Assert.Equal(1, await Count(json, write: true));
        Assert.True(File.Exists(file));

        AirflowConnection readOnly = await Vault.RoundTripAsync("sqlite_default", "sqlite:///" + Uri.EscapeDataString(file.TrimStart('/')).Replace("%2F", "/", StringComparison.Ordinal) + "?mode=ro");
        Assert.Equal("Data Source=\"file:" + file + "?mode=ro\"", AirflowClients.GetSettings(readOnly, AirflowClientKind.Sqlite).ToConnectionString());
        Assert.Equal(1, await Count(readOnly, write: false));
        var error = await Assert.ThrowsAsync<SqliteException>(() => Count(readOnly, write: true));
        Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
    }

    [Fact]
    public async Task Memory_opens_an_in_memory_database()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("sqlite_default", Vault.Json("sqlite", ":memory:", null, null, null, null));

        Assert.Equal(1, await Count(connection, write: true));
    }
}
