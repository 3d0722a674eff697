using System;
using System.Data.Common;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Clients;
using AirflowSecrets.Configuration.Tests.Support;
using AirflowSecrets.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using MySqlConnector;
using Npgsql;
using StackExchange.Redis;

namespace AirflowSecrets.Configuration.Tests;

/// <summary>ConnectionStrings:{conn_id} in each client's native form, read back by that client's own parser.</summary>
public sealed class ConnectionStringsTests : IAsyncLifetime
{
    private LoopbackKeyVault _vault = null!;
    private readonly string _password = TestVault.NewPassword();
    private IConfigurationRoot _configuration = null!;

    public async Task InitializeAsync()
    {
        _vault = await TestVault.StartAsync();
        _vault.Store.SetConnection("pg", "postgres://etl:" + _password + "@warehouse.internal:5433/dw?sslmode=require");
        _vault.Store.SetConnection("my", "mysql://app:" + _password + "@mysql.internal:3307/shop");
        _vault.Store.SetConnection("ms", "mssql://sa:" + _password + "@sql.internal:14330/orders");
        _vault.Store.SetConnection("lite", """{"conn_type": "sqlite", "host": "/var/data/app.db"}""");
        _vault.Store.SetConnection("cache", "redis://:" + _password + "@redis.internal:6380?db=2");
        _vault.Store.SetConnection("odbc_orders", "mssql://sa:" + _password + "@sql.internal:14330/orders");
        _vault.Store.SetConnection("tunnel", "ssh://deploy@bastion.internal:22");
        _configuration = new ConfigurationBuilder().AddAirflowSecrets(options =>
        {
            options.Secrets = TestVault.Options(_vault);
            foreach (string id in new[] { "pg", "my", "ms", "lite", "cache", "odbc_orders", "tunnel" }) options.Add(AirflowSecretKey.Connection(id));
            options.ConnectionClients["odbc_orders"] = AirflowClientKind.Odbc; // overrides the conn_type's client (SqlClient)
        }).Build();
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    [Fact]
    public void Postgres_is_in_Npgsql_form()
    {
        var builder = new NpgsqlConnectionStringBuilder(_configuration.GetConnectionString("pg"));
        Assert.Equal("warehouse.internal", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("dw", builder.Database);
        Assert.Equal("etl", builder.Username);
        Assert.Equal(_password, builder.Password);
        Assert.Equal(SslMode.Require, builder.SslMode);
    }

    [Fact]
    public void Mysql_is_in_MySqlConnector_form()
    {
        var builder = new MySqlConnectionStringBuilder(_configuration.GetConnectionString("my")!);
        Assert.Equal("mysql.internal", builder.Server);
        Assert.Equal(3307u, builder.Port);
        Assert.Equal("shop", builder.Database);
        Assert.Equal("app", builder.UserID);
        Assert.Equal(_password, builder.Password);
    }

    [Fact]
    public void Mssql_is_in_SqlClient_form()
    {
        var builder = new SqlConnectionStringBuilder(_configuration.GetConnectionString("ms"));
        Assert.Equal("sql.internal,14330", builder.DataSource);
        Assert.Equal("orders", builder.InitialCatalog);
        Assert.Equal("sa", builder.UserID);
        Assert.Equal(_password, builder.Password);
    }

    [Fact]
    public void Sqlite_is_in_Microsoft_Data_Sqlite_form()
    {
        var builder = new SqliteConnectionStringBuilder(_configuration.GetConnectionString("lite"));
        Assert.Equal("file:/var/data/app.db", builder.DataSource);
    }

    [Fact]
    public void Redis_is_in_StackExchange_Redis_form()
    {
        ConfigurationOptions options = ConfigurationOptions.Parse(_configuration.GetConnectionString("cache")!);
        Assert.Equal("redis.internal:6380", options.EndPoints.Single().ToString()!.Replace("Unspecified/", "", StringComparison.Ordinal));
        Assert.Null(options.User);
        Assert.Equal(_password, options.Password);
        Assert.Equal(2, options.DefaultDatabase);
    }

    [Fact]
    public void A_connection_can_name_another_client_than_its_conn_type_s()
    {
        var odbc = new DbConnectionStringBuilder(useOdbcRules: true) { ConnectionString = _configuration.GetConnectionString("odbc_orders") };
        Assert.Equal(_password, odbc["PWD"]);
        Assert.Equal("sa", odbc["UID"]);
        Assert.Equal("orders", odbc["DATABASE"]);
    }

    [Fact]
    public void A_conn_type_no_client_serves_has_its_fields_but_no_connection_string()
    {
        Assert.Null(_configuration.GetConnectionString("tunnel"));
        Assert.Equal("bastion.internal", _configuration["Airflow:Connections:tunnel:Host"]);
        Assert.Equal("ssh", _configuration["Airflow:Connections:tunnel:ConnType"]);
    }

    [Fact]
    public void A_declared_client_is_used_for_the_connection_string()
    {
        _vault.Store.SetVariable("report_settings", "{}");
        _vault.Store.SetVariable("greeting", "hi");
        _vault.Store.SetConnection("warehouse_db", "postgres://etl:" + _password + "@warehouse.internal:5432/dw");
        _vault.Store.SetConnection("orders_db", "mssql://sa:" + _password + "@sql.internal:1433/orders");
        _vault.Store.SetConfig("sql_alchemy_conn", "sqlite://");
        IConfigurationRoot configuration = new ConfigurationBuilder().AddAirflowSecrets<AppSecrets>(options => options.Secrets = TestVault.Options(_vault)).Build();
        // [AirflowConnection("orders_db", Client = AirflowClientKind.Odbc)]: ODBC's form, not SqlClient's.
        var odbc = new DbConnectionStringBuilder(useOdbcRules: true) { ConnectionString = configuration.GetConnectionString("orders_db") };
        Assert.Equal("sa", odbc["UID"]);
        Assert.Equal("warehouse.internal", new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("warehouse_db")).Host);
    }
}
