using System;
using System.Diagnostics.CodeAnalysis;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.Npgsql;
using Npgsql;

namespace AirflowSecrets.Clients.Tests.Mapping;

/// <summary>PostgresHook's vectors (hooks.md §9.1, from Airflow's test_postgres.py) and libpq's rules, in Npgsql keywords.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Airflow's own test vectors: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Airflow's own test vectors: made-up credentials.")]
public sealed class PostgresMappingTests
{
    private static AirflowConnection P1(string? extra = null) => new("postgres_conn", "postgres", "host", "login", "password", "database", null, extra);

    private static string[] Map(AirflowConnection connection, AirflowClientOptions? options = null) => Keywords.Of(AirflowClients.GetSettings(connection, AirflowClientKind.Npgsql, options));

    [Fact]
    public void P1_the_fields_become_host_database_username_password_and_no_port()
    {
        Assert.Equal(new[] { "Host=host", "Username=login", "Password=password", "Database=database" }, Map(P1()));
    }

    [Fact]
    public void P2_the_hook_database_argument_replaces_the_schema() =>
        Assert.Contains("Database=database-override", Map(P1(), new AirflowClientOptions { Database = "database-override" }));

    [Fact]
    public void P3_the_hook_options_argument_becomes_options_and_an_options_extra_wins()
    {
        Assert.Contains("Options=-c statement_timeout=3000ms", Map(P1(), new AirflowClientOptions { PostgresOptions = "-c statement_timeout=3000ms" }));
        Assert.Contains("Options=-c search_path=x", Map(P1("{\"options\": \"-c search_path=x\"}"), new AirflowClientOptions { PostgresOptions = "-c statement_timeout=3000ms" }));
    }

    [Fact]
    public void P4_connect_timeout_becomes_the_npgsql_timeout_with_libpqs_two_second_floor()
    {
        Assert.Contains("Timeout=3", Map(P1("{\"connect_timeout\": 3}")));
        Assert.Contains("Timeout=2", Map(P1("{\"connect_timeout\": 1}")));
        Assert.Contains("Timeout=0", Map(P1("{\"connect_timeout\": \"-5\"}")));
    }

    [Fact]
    public void P5_cursor_and_sqlalchemy_query_are_not_connection_settings()
    {
        AirflowClientSettings settings = AirflowClients.GetSettings(P1("{\"cursor\": \"dictcursor\", \"sqlalchemy_query\": {\"gssencmode\": \"disable\"}}"), AirflowClientKind.Npgsql);
        Assert.Equal(Map(P1()), Keywords.Of(settings));
        Assert.Contains(settings.Notes, n => n.StartsWith("extra 'cursor'", StringComparison.Ordinal));
        Assert.Contains(settings.Notes, n => n.StartsWith("extra 'sqlalchemy_query'", StringComparison.Ordinal));
    }

    [Fact]
    public void P6_an_unknown_cursor_is_an_error_naming_it()
    {
        AirflowClientSettingsException error = Keywords.Fails(P1("{\"cursor\": \"mycursor\"}"), AirflowClientKind.Npgsql);
        Assert.Equal("extra 'cursor'", error.Field);
        Assert.Contains("postgres_conn", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"iam\": true}")]
    [InlineData("{\"iam\": true, \"aws_conn_id\": \"mock_aws_conn\"}")]
    [InlineData("{\"iam\": true, \"redshift\": true, \"cluster-identifier\": \"different-identifier\"}")]
    [InlineData("{\"iam\": true, \"redshift-serverless\": true}")]
    [InlineData("{\"iam\": true, \"azure_conn_id\": \"azure_conn1\"}")]
    [InlineData("{\"iam\": \"false\"}")]
    public void P7_to_P10_iam_asks_for_a_token_npgsql_cannot_fetch_so_it_is_an_error(string extra)
    {
        AirflowClientSettingsException error = Keywords.Fails(P1(extra), AirflowClientKind.Npgsql);
        Assert.Equal("extra 'iam'", error.Field);
        Assert.DoesNotContain("password", error.Message.Replace("the password", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Iam_false_as_json_and_redshift_without_iam_are_ignored_as_airflow_does()
    {
        Assert.Equal(Map(P1()), Map(P1("{\"iam\": false, \"redshift\": true, \"aws_conn_id\": \"x\"}")));
    }

    [Fact]
    public void The_parsing_vector_keeps_decoded_fields_and_a_uri_iam_false_is_truthy_unless_strict()
    {
        AirflowConnection connection = AirflowConnection.Parse("postgresql://u%40x:p%3Bw@h.example.com:5433/db%2F1?sslmode=require&iam=false&keepalives_idle=30", "pg");
        Assert.Equal("extra 'iam'", Keywords.Fails(connection, AirflowClientKind.Npgsql).Field);

        string[] strict = Map(connection, new AirflowClientOptions { StrictBooleans = true });
        Assert.Equal(new[] { "Host=h.example.com", "Username=u@x", "Password=p;w", "Database=db/1", "Port=5433", "SSL Mode=Require", "TCP Keepalive Time=30" }, strict);
    }

    [Fact]
    public void The_json_parsing_vector_keeps_a_boolean_iam_false_and_the_port_text_becomes_a_port()
    {
        AirflowConnection connection = AirflowConnection.Parse("{\"conn_type\": \"postgresql\", \"host\": \"h\", \"port\": \"5432\", \"extra\": {\"iam\": false}}", "pg");
        Assert.Equal(new[] { "Host=h", "Port=5432" }, Map(connection));
    }

    [Theory]
    [InlineData("disable", "Disable")]
    [InlineData("allow", "Allow")]
    [InlineData("prefer", "Prefer")]
    [InlineData("require", "Require")]
    [InlineData("verify-ca", "VerifyCA")]
    [InlineData("verify-full", "VerifyFull")]
    public void Sslmode_is_translated_to_npgsqls_names(string libpq, string npgsql)
    {
        string[] keywords = Map(P1("{\"sslmode\": \"" + libpq + "\"}"));
        Assert.Contains("SSL Mode=" + npgsql, keywords);
        Assert.Equal(Enum.Parse<SslMode>(npgsql), new NpgsqlConnectionStringBuilder(AirflowClients.GetSettings(P1("{\"sslmode\": \"" + libpq + "\"}"), AirflowClientKind.Npgsql).ToConnectionString()).SslMode);
    }

    [Fact]
    public void Libpq_keywords_with_an_npgsql_equivalent_are_all_accepted_by_npgsqls_builder()
    {
        string extra = "{\"sslcert\": \"/c.pem\", \"sslkey\": \"/k.pem\", \"sslpassword\": \"kp\", \"sslrootcert\": \"/ca.pem\", \"application_name\": \"etl\","
            + " \"client_encoding\": \"UTF8\", \"keepalives\": 1, \"keepalives_idle\": 30, \"keepalives_interval\": 5, \"target_session_attrs\": \"read-write\","
            + " \"krbsrvname\": \"postgres\", \"passfile\": \"/p\", \"gssencmode\": \"disable\", \"channel_binding\": \"prefer\", \"require_auth\": \"scram-sha-256,md5\","
            + " \"load_balance_hosts\": \"random\", \"sslnegotiation\": \"postgres\", \"options\": \"-c x=1\", \"connect_timeout\": \"10\"}";
        NpgsqlConnectionStringBuilder builder = P1(extra).ToNpgsqlConnectionStringBuilder();

        Assert.Equal(("/c.pem", "/k.pem", "kp", "/ca.pem", "etl"), (builder.SslCertificate, builder.SslKey, builder.SslPassword, builder.RootCertificate, builder.ApplicationName));
        Assert.Equal((true, 30, 5, "read-write", 10), (builder.TcpKeepAlive, builder.TcpKeepAliveTime, builder.TcpKeepAliveInterval, builder.TargetSessionAttributes, builder.Timeout));
        Assert.Equal((GssEncryptionMode.Disable, ChannelBinding.Prefer, "ScramSHA256,MD5", true), (builder.GssEncryptionMode, builder.ChannelBinding, builder.RequireAuth, builder.LoadBalanceHosts));
        Assert.Equal(("UTF8", "postgres", "/p", "-c x=1"), (builder.ClientEncoding, builder.KerberosServiceName, builder.Passfile, builder.Options));
    }

    [Fact]
    public void Extras_named_like_fields_replace_them_as_in_postgreshook()
    {
        string[] keywords = Map(P1("{\"host\": \"other\", \"user\": \"u2\", \"dbname\": \"d2\", \"port\": 6543}"));
        Assert.Equal(new[] { "Host=other", "Username=u2", "Password=password", "Database=d2", "Port=6543" }, keywords);
    }

    [Theory]
    [InlineData("{\"sslcrl\": \"/crl.pem\"}", "extra 'sslcrl'")]
    [InlineData("{\"hostaddr\": \"10.0.0.1\"}", "extra 'hostaddr'")]
    [InlineData("{\"keepalives_count\": 3}", "extra 'keepalives_count'")]
    [InlineData("{\"sslmode\": \"required\"}", "extra 'sslmode'")]
    [InlineData("{\"sslmode\": true}", "extra 'sslmode'")]
    [InlineData("{\"connect_timeout\": \"soon\"}", "extra 'connect_timeout'")]
    [InlineData("{\"sslca\": \"/ca.pem\"}", "extra 'sslca'")]
    [InlineData("{\"database\": \"x\"}", "extra 'database'")]
    [InlineData("{\"Cursor\": \"dictcursor\"}", "extra 'Cursor'")]
    [InlineData("{\"options\": [\"-c\"]}", "extra 'options'")]
    [InlineData("{\"port\": \"5432,5433\"}", "extra 'port'")]
    [InlineData("[1, 2]", "extra")]
    [InlineData("{not json", "extra")]
    public void Extras_that_would_change_behaviour_or_break_libpq_are_one_clear_error(string extra, string field)
    {
        AirflowClientSettingsException error = Keywords.Fails(P1(extra), AirflowClientKind.Npgsql);
        Assert.Equal(field, error.Field);
        Assert.StartsWith("Connection 'postgres_conn' cannot be used with Npgsql: " + field + " ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/crl.pem", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("10.0.0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dbapi_hook_settings_are_left_out_with_a_note()
    {
        AirflowClientSettings settings = AirflowClients.GetSettings(P1("{\"placeholder\": \"%s\", \"escape_column_names\": true}"), AirflowClientKind.Npgsql);
        Assert.Equal(Map(P1()), Keywords.Of(settings));
        Assert.Equal(2, settings.Notes.Count);
    }

    [Fact]
    public void A_missing_host_is_an_error_because_npgsql_has_no_default_socket()
    {
        Assert.Equal("host", Keywords.Fails(new AirflowConnection("pg", "postgres", null, "u"), AirflowClientKind.Npgsql).Field);
        Assert.Equal("host", Keywords.Fails(new AirflowConnection("pg", "postgres", string.Empty, "u"), AirflowClientKind.Npgsql).Field);
    }

    [Fact]
    public void Hostile_passwords_and_databases_survive_npgsqls_own_parser()
    {
        string password = Hostile.NewPassword();
        string database = Hostile.Name("db");
        var connection = new AirflowConnection("pg", "postgres", "::1", "u s", password, database, 5432);
        NpgsqlConnectionStringBuilder builder = connection.ToNpgsqlConnectionStringBuilder();

        Assert.Equal((password, database, "::1", 5432, "u s"), (builder.Password, builder.Database, builder.Host, builder.Port, builder.Username));
        Assert.DoesNotContain(password, AirflowClients.GetSettings(connection, AirflowClientKind.Npgsql).ToString(), StringComparison.Ordinal);
        Assert.Contains("Password=***", AirflowClients.GetSettings(connection, AirflowClientKind.Npgsql).ToMaskedConnectionString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Airflows_postgres_default_maps()
    {
        var postgresDefault = new AirflowConnection("postgres_default", "postgres", "postgres", "postgres", "airflow", "airflow");
        Assert.Equal(new[] { "Host=postgres", "Username=postgres", "Password=airflow", "Database=airflow" }, Map(postgresDefault));
    }
}
