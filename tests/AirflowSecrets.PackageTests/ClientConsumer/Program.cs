// A consumer of the client satellites, made from nothing: each turns an Airflow connection into its client's object.
using System;
using AirflowSecrets;
using AirflowSecrets.Azure.Storage.Blobs;
using AirflowSecrets.MySqlConnector;
using AirflowSecrets.Npgsql;
using AirflowSecrets.Sqlite;
using AirflowSecrets.SqlClient;
using AirflowSecrets.StackExchangeRedis;

string password = Guid.NewGuid().ToString("N") + ";'\"{} é";
Console.WriteLine("npgsql: " + (AirflowConnection.Parse("postgresql://etl:" + Uri.EscapeDataString(password) + "@db/warehouse").ToNpgsqlConnectionStringBuilder().Password == password));
Console.WriteLine("mysql: " + (new AirflowConnection("m", "mysql", "db", "etl", password, "warehouse").ToMySqlConnectionStringBuilder().Password == password));
Console.WriteLine("sqlclient: " + (new AirflowConnection("s", "mssql", "db", "etl", password, "warehouse", 1433).ToSqlConnectionStringBuilder().DataSource == "db,1433"));
Console.WriteLine("redis: " + (new AirflowConnection("r", "redis", "cache", password: password, port: 6380).ToRedisConfigurationOptions().Password == password));
Console.WriteLine("blob: " + new AirflowConnection("w", "wasb", "https://acct.blob.core.windows.net", extra: "{\"sas_token\": \"?sv=2020&sig=abc\"}").CreateBlobServiceClient().AccountName);
using var sqlite = new AirflowConnection("l", "sqlite", ":memory:").CreateSqliteConnection();
sqlite.Open();
using var command = sqlite.CreateCommand();
command.CommandText = "SELECT 40 + 2";
Console.WriteLine("sqlite: " + command.ExecuteScalar());
