using System;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.SqlClient;
using Microsoft.Data.SqlClient;

namespace AirflowSecrets.Clients.Tests.Mapping;

/// <summary>
/// MsSqlHook's and OdbcHook's vectors (hooks.md §9.3, §9.4). No SQL Server runs here: the settings are checked by
/// SqlClient's and ODBC's own parsers, and SqlClient is shown to reach the host and port it was given.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Airflow's own test vectors: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Airflow's own test vectors: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS102", Justification = "The masked form 'PWD=***' is what the test expects.")]
public sealed class SqlServerMappingTests
{
    private static AirflowConnection S7(string? extra = null) => new("mssql_conn", "mssql", "localhost", "user", "secret", "db", 1433, extra);

    private static string[] Sql(AirflowConnection connection) => Keywords.Of(AirflowClients.GetSettings(connection, AirflowClientKind.SqlClient));

    private static string Odbc(AirflowConnection connection, AirflowClientOptions? options = null) =>
        AirflowClients.GetSettings(connection, AirflowClientKind.Odbc, options ?? new AirflowClientOptions { Environment = _ => null }).ToConnectionString();

    [Fact]
    public void S7_pymssql_fields_become_data_source_with_the_port_catalog_user_and_password() =>
        Assert.Equal(new[] { "Data Source=localhost,1433", "Initial Catalog=db", "User ID=user", "Password=secret" }, Sql(S7()));

    [Fact]
    public void Airflows_mssql_default_maps() =>
        Assert.Equal(new[] { "Data Source=localhost,1433" }, Sql(new AirflowConnection("mssql_default", "mssql", "localhost", port: 1433)));

    [Theory]
    [InlineData("{\"dbapi_driver\": \"mssql_python\"}")]
    [InlineData("{\"DBAPI_Driver\": \"MSSQL_Python\"}")]
    [InlineData("{\"dbapi_driver\": \"mssql_python\", \"sqlalchemy_scheme\": \"mssql+pyodbc\"}")]
    public void S8_S10_the_dbapi_driver_and_scheme_are_hook_settings(string extra) => Assert.Equal(Sql(S7()), Sql(S7(extra)));

    [Fact]
    public void S9_an_unsupported_dbapi_driver_is_an_error() => Assert.Equal("extra 'dbapi_driver'", Keywords.Fails(S7("{\"dbapi_driver\": \"odbc\"}"), AirflowClientKind.SqlClient).Field);

    [Fact]
    public void S11_S12_mssql_python_passes_odbc_keywords_and_drops_empty_ones()
    {
        string[] keywords = Sql(S7("{\"dbapi_driver\": \"mssql_python\", \"sqlalchemy_scheme\": \"mssql+mssqlpython\", \"placeholder\": \"?\", \"TrustServerCertificate\": \"yes\", \"Encrypt\": \"\"}"));
        Assert.Equal(new[] { "Data Source=localhost,1433", "Initial Catalog=db", "User ID=user", "Password=secret", "Trust Server Certificate=True" }, keywords);
        Assert.True(S7("{\"dbapi_driver\": \"mssql_python\", \"TrustServerCertificate\": \"yes\"}").ToSqlConnectionStringBuilder().TrustServerCertificate);
    }

    [Fact]
    public void S13_pymssql_timeout_is_the_command_timeout() =>
        Assert.Equal(5, S7("{\"dbapi_driver\": \"pymssql\", \"sqlalchemy_scheme\": \"mssql+pymssql\", \"timeout\": 5}").ToSqlConnectionStringBuilder().CommandTimeout);

    [Fact]
    public void Pymssql_arguments_with_an_equivalent_reach_sqlclients_builder()
    {
        SqlConnectionStringBuilder builder = S7("{\"login_timeout\": 7, \"appname\": \"etl\", \"read_only\": true, \"encryption\": \"require\", \"charset\": \"UTF-8\"}").ToSqlConnectionStringBuilder();
        Assert.Equal((7, "etl", ApplicationIntent.ReadOnly, SqlConnectionEncryptOption.Mandatory, true), (builder.ConnectTimeout, builder.ApplicationName, builder.ApplicationIntent, builder.Encrypt, builder.TrustServerCertificate));
    }

    [Theory]
    [InlineData("{\"conn_properties\": \"SET TEXTSIZE 1\"}", "extra 'conn_properties'")]
    [InlineData("{\"bogus\": 1}", "extra 'bogus'")]
    [InlineData("{\"dbapi_driver\": \"mssql_python\", \"Encrypt\": \"maybe\"}", "extra 'Encrypt'")]
    [InlineData("{\"dbapi_driver\": \"mssql_python\", \"Driver\": \"x\"}", "extra 'Driver'")]
    [InlineData("{\"timeout\": \"soon\"}", "extra 'timeout'")]
    public void Extras_sqlclient_cannot_honour_are_one_clear_error(string extra, string field) => Assert.Equal(field, Keywords.Fails(S7(extra), AirflowClientKind.SqlClient).Field);

    [Fact]
    public void Hostile_values_survive_sqlclients_own_parser()
    {
        string password = Hostile.NewPassword();
        string database = Hostile.Name("db");
        SqlConnectionStringBuilder builder = new AirflowConnection("mssql", "mssql", "db.example.com", "u;'", password, database, 14330).ToSqlConnectionStringBuilder();
        Assert.Equal((password, database, "db.example.com,14330", "u;'"), (builder.Password, builder.InitialCatalog, builder.DataSource, builder.UserID));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Sqlclient_reaches_the_host_and_port_it_is_given_ipv6_included(string host)
    {
        IPAddress address = IPAddress.Parse(host);
        using var listener = new TcpListener(address, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connection = new AirflowConnection("mssql", "mssql", host, "u", Hostile.NewPassword(), "db", port, "{\"login_timeout\": 3}");
        Assert.Equal(host.Contains(':', StringComparison.Ordinal) ? "[::1]," + port : host + "," + port, connection.ToSqlConnectionStringBuilder().DataSource);

        using SqlConnection sql = connection.CreateSqlConnection();
        Task open = sql.OpenAsync();
        using TcpClient accepted = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(accepted.Connected);
        accepted.Close();
        await Assert.ThrowsAnyAsync<Exception>(() => open);
    }

    private static AirflowConnection Odbc(string? extra) => new("odbc_conn", "odbc", "host", "login", "password", "schema", 1234, extra);

    [Fact]
    public void O1_the_constructor_driver_and_extras_in_airflows_order() =>
        Assert.Equal("DRIVER={ParamDriver};SERVER=host;DATABASE=schema;UID=login;PWD=password;PORT=1234;Fake_Param=Fake Param;",
            Odbc(Odbc("{\"Driver\": \"Fake Driver\", \"Fake_Param\": \"Fake Param\"}"), new AirflowClientOptions { OdbcDriver = "ParamDriver", Environment = _ => null }));

    [Fact]
    public void O2_a_dsn_extra() =>
        Assert.Equal("DSN=MyDSN;SERVER=host;DATABASE=schema;UID=login;PWD=password;PORT=1234;Fake_Param=Fake Param;", Odbc(Odbc("{\"DSN\": \"MyDSN\", \"Fake_Param\": \"Fake Param\"}")));

    [Fact]
    public void O3_constructor_driver_and_dsn_win() =>
        Assert.Equal("DRIVER={ParamDriver};DSN=ParamDSN;SERVER=host;DATABASE=schema;UID=login;PWD=password;PORT=1234;Fake_Param=Fake Param;",
            Odbc(Odbc("{\"DSN\": \"MyDSN\", \"Fake_Param\": \"Fake Param\"}"), new AirflowClientOptions { OdbcDriver = "ParamDriver", OdbcDsn = "ParamDSN", Environment = _ => null }));

    [Fact]
    public void O5_connect_kwargs_cannot_be_carried_by_a_connection_string() =>
        Assert.Equal("extra 'connect_kwargs'", Keywords.Fails(Odbc("{\"connect_kwargs\": {\"attrs_before\": {\"1\": 2}, \"readonly\": false}}"), AirflowClientKind.Odbc).Field);

    [Fact]
    public void O6_braces_around_the_driver_are_stripped() =>
        Assert.StartsWith("DRIVER={Blah driver};", Odbc(Odbc(null), new AirflowClientOptions { OdbcDriver = " {Blah driver} ", Environment = _ => null }), StringComparison.Ordinal);

    [Fact]
    public void O7_a_driver_extra_is_used_only_when_airflows_config_allows_it()
    {
        AirflowConnection connection = Odbc("{\"driver\": \"Blah driver\"}");
        Assert.StartsWith("SERVER=host;", Odbc(connection), StringComparison.Ordinal);
        Assert.Contains(AirflowClients.GetSettings(connection, AirflowClientKind.Odbc, new AirflowClientOptions { Environment = _ => null }).Notes, n => n.StartsWith("extra 'driver'", StringComparison.Ordinal));
        Assert.StartsWith("DRIVER={Blah driver};", Odbc(connection, new AirflowClientOptions { Environment = n => n == "AIRFLOW__PROVIDERS_ODBC__ALLOW_DRIVER_IN_EXTRA" ? "TRUE" : null }), StringComparison.Ordinal);
        Assert.StartsWith("DRIVER={Blah driver};", Odbc(connection, new AirflowClientOptions { OdbcDriver = "Default", OdbcAllowDriverInExtra = true }), StringComparison.Ordinal);
        Assert.StartsWith("DRIVER={Default};", Odbc(connection, new AirflowClientOptions { OdbcDriver = "Default", OdbcAllowDriverInExtra = false }), StringComparison.Ordinal);
        Assert.Equal("AIRFLOW__PROVIDERS_ODBC__ALLOW_DRIVER_IN_EXTRA", Keywords.Fails(connection, AirflowClientKind.Odbc, new AirflowClientOptions { Environment = _ => "sometimes" }).Field);
    }

    [Fact]
    public void O8_the_hook_database_argument_replaces_the_schema() =>
        Assert.Contains("DATABASE=abc;", Odbc(Odbc(null), new AirflowClientOptions { Database = "abc", Environment = _ => null }), StringComparison.Ordinal);

    [Fact]
    public void O9_sqlalchemy_scheme_and_placeholder_are_hook_settings() =>
        Assert.Equal("SERVER=host;DATABASE=schema;UID=login;PWD=password;PORT=1234;", Odbc(Odbc("{\"sqlalchemy_scheme\": \"my-scheme\", \"Placeholder\": \"?\"}")));

    [Fact]
    public void Values_odbc_would_misread_are_braced_and_survive_odbcs_parser()
    {
        string password = Hostile.NewPassword() + "}";
        string database = "{" + Hostile.Name("db");
        string text = Odbc(new AirflowConnection("odbc", "odbc", "host", "login", password, database, null, "{\"Encrypt\": \"yes\", \"Flag\": true, \"Nothing\": null}"));
        var parsed = new DbConnectionStringBuilder(useOdbcRules: true) { ConnectionString = text };

        // ODBC's parser keeps a braced value whole (the driver removes the braces and the doubled '}'): nothing splits at ';'.
        static string Braced(string value) => "{" + value.Replace("}", "}}", StringComparison.Ordinal) + "}";
        Assert.Equal(7, parsed.Count); // SERVER, DATABASE, UID, PWD and the three extras
        Assert.Equal((Braced(password), Braced(database), "yes", "True", "None"), ((string)parsed["PWD"], (string)parsed["DATABASE"], (string)parsed["Encrypt"], (string)parsed["Flag"], (string)parsed["Nothing"]));
        Assert.Equal(new DbConnectionStringBuilder(useOdbcRules: true) { ["PWD"] = password }.ConnectionString, "PWD=" + Braced(password));
        Assert.Contains("PWD=***;", AirflowClients.GetSettings(new AirflowConnection("odbc", "odbc", "host", "login", password), AirflowClientKind.Odbc).ToMaskedConnectionString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_mssql_connection_can_be_written_for_odbc_too() =>
        Assert.Equal("SERVER=localhost;DATABASE=db;UID=user;PWD=secret;PORT=1433;", Odbc(new AirflowConnection("mssql_default", "mssql", "localhost", "user", "secret", "db", 1433)));
}
