// A task that records a run in the database of the Airflow connection "etl_db" and counts the runs, as a
// PythonOperator would through SqliteHook or PostgresHook:
//
//     hook = BaseHook.get_connection("etl_db").get_hook()
//     hook.run("INSERT INTO runs (dag_id) VALUES ('connection_sample')")
//
// The connection comes from Airflow's configuration: the Key Vault backend when AIRFLOW__SECRETS__BACKEND names it,
// else AIRFLOW_CONN_ETL_DB (for example postgresql://etl:...@db.example.com:5432/warehouse, or a sqlite:// URI).
// With neither, an embedded default: a loopback Key Vault (AirflowSecrets.Testing's test double) holding a SQLite
// connection to a file in the temporary folder, so the sample runs anywhere.
using System;
using System.Data.Common;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets;
using AirflowSecrets.Clients;
using AirflowSecrets.Npgsql;
using AirflowSecrets.Sqlite;
using AirflowSecrets.Testing;

internal static class Program
{
    private const string ConnId = "etl_db";

    private static async Task<int> Main()
    {
        AirflowSecretsOptions options;
        try
        {
            options = AirflowSecretsEnvironment.FromEnvironment();
        }
        catch (AirflowSecretsConfigurationException ex)
        {
            Console.Error.WriteLine("Configuration error: " + ex.Message);
            return 2;
        }

        LoopbackKeyVault? embedded = null;
        try
        {
            if (options.KeyVault is null && Environment.GetEnvironmentVariable("AIRFLOW_CONN_ETL_DB") is null)
            {
                embedded = await LoopbackKeyVault.StartAsync();
                string file = Path.Combine(Path.GetTempPath(), "airflowsecrets-connection-sample.db");
                embedded.Store.SetConnection(ConnId, "{\"conn_type\": \"sqlite\", \"host\": " + System.Text.Json.JsonSerializer.Serialize(file) + "}");
                options.KeyVault = embedded.CreateBackendOptions();
                Console.WriteLine($"No connection configured: using the embedded loopback Key Vault at {embedded.VaultUri} with a SQLite connection.");
            }

            AirflowConnection connection = await AirflowSecretResolver.Create(options).GetConnectionAsync(ConnId);
            AirflowClientSettings settings = AirflowClients.GetSettings(connection); // the client its conn_type names
            Console.WriteLine($"Connection {ConnId}: {settings}");

            await using DbConnection db = Open(connection, settings.Client);
            await db.OpenAsync();
            bool sqlite = settings.Client == AirflowClientKind.Sqlite;
            await Execute(db, sqlite
                ? "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, dag_id TEXT NOT NULL, at TEXT DEFAULT CURRENT_TIMESTAMP)"
                : "CREATE TABLE IF NOT EXISTS runs (id SERIAL PRIMARY KEY, dag_id TEXT NOT NULL, at TIMESTAMPTZ DEFAULT now())");
            await Execute(db, "INSERT INTO runs (dag_id) VALUES ('connection_sample')");
            await using DbCommand count = db.CreateCommand();
            count.CommandText = "SELECT count(*) FROM runs";
            Console.WriteLine($"Runs recorded: {Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)}");
            return 0;
        }
        catch (AirflowSecretsException ex)
        {
            Console.Error.WriteLine(ex.Message); // names the connection and the field, never a value
            return 1;
        }
        finally
        {
            if (embedded != null) await embedded.DisposeAsync();
        }
    }

    private static DbConnection Open(AirflowConnection connection, AirflowClientKind client) => client switch
    {
        AirflowClientKind.Sqlite => connection.CreateSqliteConnection(),
        AirflowClientKind.Npgsql => new global::Npgsql.NpgsqlConnection(connection.ToNpgsqlConnectionStringBuilder().ConnectionString),
        _ => throw new NotSupportedException($"The sample queries SQLite or PostgreSQL; connection {ConnId} is for {AirflowClients.DisplayName(client)}."),
    };

    private static async Task Execute(DbConnection db, string sql)
    {
        await using DbCommand command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
