using System;
using System.Diagnostics.CodeAnalysis;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.MySqlConnector;
using MySqlConnector;

namespace AirflowSecrets.Clients.Tests.Mapping;

/// <summary>MySqlHook's vectors (hooks.md §9.2, from Airflow's test_mysql.py and test_mysql_connector_python.py) in MySqlConnector keywords.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Airflow's own test vectors: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Airflow's own test vectors: made-up credentials.")]
public sealed class MySqlMappingTests
{
    private static AirflowConnection M1(string? extra = null, int? port = null) => new("mysql_conn", "mysql", "host", "login-conn", "password-conn", "schema", port, extra);

    private static string[] Map(AirflowConnection connection, AirflowClientOptions? options = null) => Keywords.Of(AirflowClients.GetSettings(connection, AirflowClientKind.MySql, options));

    [Fact]
    public void M1_the_fields_with_port_3306() =>
        Assert.Equal(new[] { "Server=host", "Port=3306", "User ID=login-conn", "Password=password-conn", "Database=schema" }, Map(M1()));

    [Fact]
    public void M2_the_hook_schema_argument_replaces_the_schema() =>
        Assert.Contains("Database=schema-override", Map(M1(), new AirflowClientOptions { Database = "schema-override" }));

    [Fact]
    public void M3_a_port_is_kept() => Assert.Contains("Port=3307", Map(M1(port: 3307)));

    [Fact]
    public void M4_M5_charset_and_cursor_are_noted_not_mapped()
    {
        AirflowClientSettings settings = AirflowClients.GetSettings(M1("{\"charset\": \"utf-8\", \"cursor\": \"sscursor\"}"), AirflowClientKind.MySql);
        Assert.Equal(Map(M1()), Keywords.Of(settings));
        Assert.Equal(2, settings.Notes.Count);
    }

    [Fact]
    public void M6_local_infile_allows_load_data_local() =>
        Assert.True(M1().ToMySqlConnectionStringBuilder(new AirflowClientOptions { MySqlLocalInfile = true }).AllowLoadLocalInfile);

    [Fact]
    public void M7_unix_socket_becomes_the_server_with_the_unix_protocol()
    {
        MySqlConnectionStringBuilder builder = M1("{\"unix_socket\": \"/tmp/socket\"}").ToMySqlConnectionStringBuilder();
        Assert.Equal(("/tmp/socket", MySqlConnectionProtocol.UnixSocket), (builder.Server, builder.ConnectionProtocol));
    }

    [Theory]
    [InlineData("{\"ssl\": {\"cert\": \"/tmp/client-cert.pem\", \"ca\": \"/tmp/server-ca.pem\", \"key\": \"/tmp/client-key.pem\"}}")]
    [InlineData("{\"ssl\": \"{\\\"cert\\\": \\\"/tmp/client-cert.pem\\\", \\\"ca\\\": \\\"/tmp/server-ca.pem\\\", \\\"key\\\": \\\"/tmp/client-key.pem\\\"}\"}")]
    public void M8_ssl_as_a_dict_or_as_json_text_gives_the_files_and_verifies_the_ca(string extra)
    {
        MySqlConnectionStringBuilder builder = M1(extra).ToMySqlConnectionStringBuilder();
        Assert.Equal(("/tmp/server-ca.pem", "/tmp/client-cert.pem", "/tmp/client-key.pem", MySqlSslMode.VerifyCA), (builder.SslCa, builder.SslCert, builder.SslKey, builder.SslMode));
    }

    [Theory]
    [InlineData("DISABLED", MySqlSslMode.None)]
    [InlineData("PREFERRED", MySqlSslMode.Preferred)]
    [InlineData("REQUIRED", MySqlSslMode.Required)]
    [InlineData("VERIFY_CA", MySqlSslMode.VerifyCA)]
    [InlineData("verify_identity", MySqlSslMode.VerifyFull)]
    public void M9_ssl_mode_is_translated(string airflow, MySqlSslMode expected) =>
        Assert.Equal(expected, M1("{\"ssl_mode\": \"" + airflow + "\"}").ToMySqlConnectionStringBuilder().SslMode);

    [Fact]
    public void M10_iam_is_an_error_naming_it() => Assert.Equal("extra 'iam'", Keywords.Fails(M1("{\"iam\": true, \"aws_conn_id\": \"test_aws_iam_conn\"}"), AirflowClientKind.MySql).Field);

    [Fact]
    public void M17_mysql_connector_python_passes_the_ssl_keys_and_drops_the_rest()
    {
        MySqlConnectionStringBuilder builder = M1("{\"client\": \"mysql-connector-python\", \"ssl_disabled\": true, \"charset\": \"x\", \"iam\": true}").ToMySqlConnectionStringBuilder();
        Assert.Equal(("host", 3306u, "login-conn", "password-conn", "schema", MySqlSslMode.None), (builder.Server, builder.Port, builder.UserID, builder.Password, builder.Database, builder.SslMode));

        MySqlConnectionStringBuilder verify = M1("{\"client\": \"mysql-connector-python\", \"ssl_ca\": \"/ca\", \"ssl_verify_identity\": true, \"ssl_verify_cert\": true}").ToMySqlConnectionStringBuilder();
        Assert.Equal(("/ca", MySqlSslMode.VerifyFull), (verify.SslCa, verify.SslMode));
    }

    [Fact]
    public void The_parsing_vector_decodes_the_ssl_json_from_a_uri_and_defaults_the_port()
    {
        AirflowConnection connection = AirflowConnection.Parse("mysql://u:p@h/db?ssl=%7B%22ca%22%3A+%22%2Ftmp%2Fca.pem%22%7D", "m");
        Assert.Equal(new[] { "Server=h", "Port=3306", "User ID=u", "Password=p", "Database=db", "SSL CA=/tmp/ca.pem", "SSL Mode=VerifyCA" }, Map(connection));
    }

    [Fact]
    public void An_empty_host_is_localhost_and_an_empty_password_is_left_out()
    {
        Assert.Equal(new[] { "Server=localhost", "Port=3306", "User ID=root", "Database=airflow" }, Map(new AirflowConnection("mysql_default", "mysql", "", "root", null, "airflow")));
    }

    [Theory]
    [InlineData("{\"client\": \"pymysql\"}", "extra 'client'")]
    [InlineData("{\"ssl\": \"{not json\"}", "extra 'ssl'")]
    [InlineData("{\"ssl\": [1]}", "extra 'ssl'")]
    [InlineData("{\"ssl\": {\"capath\": \"/etc/ssl\"}}", "extra 'ssl.capath'")]
    [InlineData("{\"ssl_mode\": \"SOMETIMES\"}", "extra 'ssl_mode'")]
    [InlineData("{\"client\": \"mysql-connector-python\", \"ssl_cipher\": \"x\"}", "extra 'ssl_cipher'")]
    public void Bad_extras_are_one_clear_error(string extra, string field)
    {
        AirflowClientSettingsException error = Keywords.Fails(M1(extra), AirflowClientKind.MySql);
        Assert.Equal(field, error.Field);
        Assert.Contains("mysql_conn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_survive_mysqlconnectors_own_parser()
    {
        string password = Hostile.NewPassword();
        string database = Hostile.Name("db");
        MySqlConnectionStringBuilder builder = new AirflowConnection("m", "mysql", "::1", "u;'", password, database, 3307).ToMySqlConnectionStringBuilder();
        Assert.Equal((password, database, "::1", "u;'"), (builder.Password, builder.Database, builder.Server, builder.UserID));
    }
}
