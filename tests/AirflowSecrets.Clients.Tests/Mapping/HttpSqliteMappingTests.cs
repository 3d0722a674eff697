using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using AirflowSecrets.Clients.Tests.Support;

namespace AirflowSecrets.Clients.Tests.Mapping;

/// <summary>HttpHook's vectors (hooks.md §9.7), SqliteHook's (its test_sqlite.py), and what every client shares.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Airflow's own test vectors: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Airflow's own test vectors: made-up credentials.")]
public sealed class HttpSqliteMappingTests
{
    private static readonly AirflowClientOptions NoEnvironment = new() { Environment = _ => null };

    private static HttpSettings Http(AirflowConnection connection, AirflowClientOptions? options = null) => (HttpSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Http, options ?? NoEnvironment);

    private static HttpSettings Http(string? host, string? schema = null, int? port = null, string? extra = null, string? login = null, string? password = null) =>
        Http(new AirflowConnection("http_conn", "http", host, login, password, schema, port, extra));

    [Theory]
    [InlineData("localhost", "http", null, "http://localhost")]
    [InlineData("localhost", "https", null, "https://localhost")]
    [InlineData("https://localhost", "https", 8080, "https://localhost:8080")]
    [InlineData("http://localhost", null, null, "http://localhost")]
    [InlineData("https://localhost", null, null, "https://localhost")]
    [InlineData(null, null, null, "http://")]
    [InlineData("https://h/api", null, 8080, "https://h/api:8080")]
    public void H1_to_H4_the_base_url_is_built_as_httphook_builds_it(string? host, string? schema, int? port, string expected) =>
        Assert.Equal(expected, Http(host, schema, port).BaseUrl);

    [Theory]
    [InlineData("test.com", 1234, "some/endpoint", "http://test.com:1234/some/endpoint")]
    [InlineData("test.com", 1234, "/some/endpoint", "http://test.com:1234/some/endpoint")]
    [InlineData("test:8080/", null, "v1/test", "http://test:8080/v1/test")]
    [InlineData("https://example.org", null, "/v1/test", "https://example.org/v1/test")]
    [InlineData("a/", null, "/b", "http://a//b")]
    public void H5_to_H7_endpoints_join_with_one_slash_only_when_neither_side_has_one(string host, int? port, string endpoint, string expected) =>
        Assert.Equal(expected, Http(host, port: port).ResolveUrl(endpoint));

    [Fact]
    public void H8_unknown_extras_are_headers_and_the_session_defaults_hold()
    {
        HttpSettings s = Http("h", extra: "{\"bearer\": \"test\", \"max_redirects\": 3}");
        Assert.Equal(new[] { "bearer=test" }, s.Headers.Select(h => h.Key + "=" + h.Value));
        Assert.Equal((3, false, true, (string?)null, true, true, (string?)null), (s.MaxRedirects, s.Stream, s.VerifyCertificate, s.ClientCertificatePath, s.TrustEnvironment, s.AllowRedirects, s.HttpProxy));
        Assert.Equal(30, Http("h").MaxRedirects);
    }

    [Fact]
    public void H9_proxies_are_proxies_not_headers()
    {
        HttpSettings s = Http("h", extra: "{\"bearer\": \"test\", \"proxies\": {\"http\": \"http://proxy:80\", \"https\": \"https://proxy:80\"}}");
        Assert.Equal(("http://proxy:80", "https://proxy:80", 1), (s.HttpProxy, s.HttpsProxy, s.Headers.Count));
    }

    [Fact]
    public void H10_H11_verify_cert_stream_trust_env_timeout_and_redirects_are_read_and_the_rest_are_headers()
    {
        HttpSettings s = Http("h", extra: "{\"bearer\": \"test\", \"stream\": true, \"cert\": \"cert.crt\", \"proxies\": {\"https\": \"https://p:1\"}, \"timeout\": 60, \"verify\": false, \"allow_redirects\": false, \"max_redirects\": 3, \"trust_env\": false}");
        Assert.Equal((true, "cert.crt", TimeSpan.FromSeconds(60), false, false, 3, false), (s.Stream, s.ClientCertificatePath, s.Timeout, s.VerifyCertificate, s.AllowRedirects, s.MaxRedirects, s.TrustEnvironment));
        Assert.Equal(new[] { "bearer" }, s.Headers.Select(h => h.Key));
        Assert.Equal(("c.pem", "k.pem"), (Http("h", extra: "{\"cert\": [\"c.pem\", \"k.pem\"]}").ClientCertificatePath, Http("h", extra: "{\"cert\": [\"c.pem\", \"k.pem\"]}").ClientKeyPath));
    }

    [Fact]
    public void H12_requests_ca_bundle_stands_in_for_verify_true_under_trust_env()
    {
        var environment = new AirflowClientOptions { Environment = n => n == "REQUESTS_CA_BUNDLE" ? "/tmp/test.crt" : null };
        Assert.Equal("/tmp/test.crt", Http(new AirflowConnection("h", "http", "h"), environment).CaBundlePath);
        Assert.Equal("/tmp/test.crt", Http(new AirflowConnection("h", "http", "h", extra: "{\"verify\": true}"), environment).CaBundlePath);
        Assert.Null(Http(new AirflowConnection("h", "http", "h", extra: "{\"verify\": false}"), environment).CaBundlePath);
        Assert.Null(Http(new AirflowConnection("h", "http", "h", extra: "{\"trust_env\": false}"), environment).CaBundlePath);
        Assert.Equal("/tmp/curl.crt", Http(new AirflowConnection("h", "http", "h"), new AirflowClientOptions { Environment = n => n == "CURL_CA_BUNDLE" ? "/tmp/curl.crt" : null }).CaBundlePath);
    }

    [Fact]
    public void H13_basic_auth_from_the_login_and_a_missing_password_is_the_text_none()
    {
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes("username:pass")), Http("h", login: "username", password: "pass").Authorization);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes("username:None")), Http("h", login: "username").Authorization);
        Assert.Null(Http("h", password: "pass").Authorization);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes("usér:pé")), Http("h", login: "usér", password: "pé").Authorization);
    }

    [Fact]
    public void H14_check_response_can_be_turned_off() => Assert.False(Http("h", extra: "{\"check_response\": false}").CheckResponse);

    [Fact]
    public void The_parsing_vector_gives_the_https_base_a_header_and_a_verify_text_that_is_refused()
    {
        AirflowConnection connection = AirflowConnection.Parse("http://user:pass@service.com:80/https?headers=header&verify=false", "h");
        Assert.Equal("extra 'verify'", Keywords.Fails(connection, AirflowClientKind.Http, NoEnvironment).Field);

        HttpSettings strict = Http(connection, new AirflowClientOptions { StrictBooleans = true, Environment = _ => null });
        Assert.Equal(("https://service.com:80", false, "headers=header"), (strict.BaseUrl, strict.VerifyCertificate, string.Join(",", strict.Headers.Select(h => h.Key + "=" + h.Value))));
    }

    [Theory]
    [InlineData("{\"timeout\": \"30\"}", "extra 'timeout'")]
    [InlineData("{\"timeout\": true}", "extra 'timeout'")]
    [InlineData("{\"timeout\": [5, 30]}", "extra 'timeout'")]
    [InlineData("{\"timeout\": 0}", "extra 'timeout'")]
    [InlineData("{\"max_redirects\": \"3\"}", "extra 'max_redirects'")]
    [InlineData("{\"max_redirects\": 0}", "extra 'max_redirects'")]
    [InlineData("{\"X-Count\": 3}", "extra 'X-Count'")]
    [InlineData("{\"X-Name\": \"密\"}", "extra 'X-Name'")]
    [InlineData("{\"bad header\": \"v\"}", "extra 'bad header'")]
    [InlineData("{\"cert\": [\"only-one\"]}", "extra 'cert'")]
    [InlineData("{\"proxies\": {\"ftp\": \"http://p\"}}", "extra 'proxies'")]
    public void Bad_http_extras_are_one_clear_error(string extra, string field)
    {
        AirflowClientSettingsException error = Keywords.Fails(new AirflowConnection("api", "http", "h", extra: extra), AirflowClientKind.Http, NoEnvironment);
        Assert.Equal(field, error.Field);
        Assert.DoesNotContain("密", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_default_and_masking()
    {
        Assert.Equal("https://www.httpbin.org/", Http(new AirflowConnection("http_default", "http", "https://www.httpbin.org/")).BaseUrl);
        HttpSettings s = Http("h", login: "u", password: "secret-value", extra: "{\"X-Token\": \"token-value\"}");
        Assert.Equal("Base Url=http://h;Authorization=***;Header:X-Token=***", s.ToMaskedConnectionString());
        Assert.DoesNotContain("secret", s.ToString(), StringComparison.Ordinal);
    }

    private static string Sqlite(AirflowConnection connection) => Keywords.Of(AirflowClients.GetSettings(connection, AirflowClientKind.Sqlite)).Single();

    [Theory]
    [InlineData("host", null, "Data Source=file:host")]
    [InlineData("host", "{\"mode\":\"ro\"}", "Data Source=file:host?mode=ro")]
    [InlineData(":memory:", null, "Data Source=file::memory:")]
    [InlineData(null, null, "Data Source=file:")]
    public void Sqlitehooks_test_get_conn_vectors_from_fields(string? host, string? extra, string expected) =>
        Assert.Equal(expected, Sqlite(new AirflowConnection("sqlite_default", null, host, extra: extra)));

    [Theory]
    [InlineData("sqlite://relative/path/to/db?mode=ro", "Data Source=file:relative/path/to/db?mode=ro")]
    [InlineData("sqlite:///absolute/path/to/db?mode=ro", "Data Source=file:/absolute/path/to/db?mode=ro")]
    [InlineData("sqlite://?mode=ro", "Data Source=file:?mode=ro")]
    public void Sqlitehooks_test_get_conn_vectors_from_uris(string uri, string expected) =>
        Assert.Equal(expected, Sqlite(AirflowConnection.Parse(uri, "sqlite_default")));

    [Fact]
    public void A_conn_type_the_client_cannot_serve_is_an_error_naming_conn_type()
    {
        var redis = new AirflowConnection("cache", "redis", "h");
        foreach (AirflowClientKind client in AirflowClients.All.Where(c => c != AirflowClientKind.Redis))
        {
            AirflowClientSettingsException error = Keywords.Fails(redis, client);
            Assert.Equal("conn_type", error.Field);
            Assert.Contains("'cache'", error.Message, StringComparison.Ordinal);
        }

        AirflowClientSettingsException none = Assert.Throws<AirflowClientSettingsException>(() => AirflowClients.GetSettings(new AirflowConnection("g", "google_cloud_platform")));
        Assert.Equal(("conn_type", (AirflowClientKind?)null), (none.Field, none.Client));
        Assert.StartsWith("Connection 'g' has no client here: conn_type 'google_cloud_platform' is served by no client here", none.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", AirflowClientKind.Npgsql)]
    [InlineData("postgresql", AirflowClientKind.Npgsql)]
    [InlineData("mysql", AirflowClientKind.MySql)]
    [InlineData("mssql", AirflowClientKind.SqlClient)]
    [InlineData("odbc", AirflowClientKind.Odbc)]
    [InlineData("redis", AirflowClientKind.Redis)]
    [InlineData("wasb", AirflowClientKind.Blob)]
    [InlineData("http", AirflowClientKind.Http)]
    [InlineData("https", AirflowClientKind.Http)]
    [InlineData("sqlite", AirflowClientKind.Sqlite)]
    public void The_conn_type_chooses_the_client_and_names_round_trip(string connType, AirflowClientKind client)
    {
        Assert.Equal(client, AirflowClients.ForConnType(connType));
        Assert.True(AirflowClients.TryParse(AirflowClients.Name(client).ToUpperInvariant(), out AirflowClientKind parsed));
        Assert.Equal(client, parsed);
    }

    [Fact]
    public void The_cli_names_are_the_ones_the_issue_lists() =>
        Assert.Equal(new[] { "npgsql", "mysql", "sqlclient", "odbc", "redis", "blob", "http", "sqlite" }, AirflowClients.All.Select(AirflowClients.Name));

    [Theory]
    [InlineData("{broken")]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    public void A_malformed_extra_is_an_error_for_every_client(string extra)
    {
        foreach (AirflowClientKind client in AirflowClients.All)
        {
            var connection = new AirflowConnection("c", null, "h", "l", "p", "s", 1, extra);
            Assert.Equal("extra", Keywords.Fails(connection, client).Field);
        }
    }

    [Fact]
    public void No_settings_text_or_message_holds_the_password()
    {
        string password = Hostile.NewPassword();
        foreach (AirflowClientKind client in AirflowClients.All)
        {
            var connection = new AirflowConnection("c", null, "h.blob.core.windows.net", "acct", password, "db", 1, null);
            AirflowClientSettings settings = AirflowClients.GetSettings(connection, client, NoEnvironment);
            Assert.DoesNotContain(password, settings.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(password, settings.ToMaskedConnectionString(), StringComparison.Ordinal);
            if (client == AirflowClientKind.Blob)
            {
                // Azure's connection-string format has no quoting: a key with ';' cannot be written (the satellite takes the settings).
                Assert.Equal("password", Assert.Throws<AirflowClientSettingsException>(() => settings.ToConnectionString()).Field);
                continue;
            }

            Assert.NotEqual(settings.ToMaskedConnectionString(), settings.ToConnectionString()); // the real text does carry it
        }
    }
}
