using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using AirflowSecrets.Clients.Tests.Support;
using AirflowSecrets.StackExchangeRedis;
using StackExchange.Redis;

namespace AirflowSecrets.Clients.Tests.Mapping;

/// <summary>RedisHook's (hooks.md §9.5) and WasbHook's (§9.6) vectors.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Airflow's own test vectors: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Airflow's own test vectors: made-up credentials.")]
public sealed class RedisBlobMappingTests
{
    private static RedisSettings Redis(AirflowConnection connection, AirflowClientOptions? options = null) => (RedisSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Redis, options);

    private static BlobStorageSettings Blob(AirflowConnection connection, AirflowClientOptions? options = null) => (BlobStorageSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Blob, options);

    private static AirflowConnection Wasb(string? host = null, string? login = null, string? password = null, string? extra = null) => new("wasb_conn", "wasb", host, login, password, null, null, extra);

    [Fact]
    public void R1_the_fields_db_and_tls_files_map()
    {
        RedisSettings s = Redis(new AirflowConnection("redis_conn", "redis", "remote_host", "user", "password", null, 1234,
            "{\"db\": 2, \"ssl\": true, \"ssl_cert_reqs\": \"required\", \"ssl_ca_certs\": \"/path/to/custom/ca-cert\", \"ssl_keyfile\": \"/path/to/key-file\", \"ssl_certfile\": \"/path/to/cert-file\", \"ssl_check_hostname\": true}"));
        Assert.Equal(("remote_host", 1234), (s.EndPoints.Single().Host, s.EndPoints.Single().Port));
        Assert.Equal(("user", "password", 2, true), (s.User, s.Password, s.Database, s.Ssl));
        Assert.Equal((RedisCertificateCheck.ChainAndHostName, "/path/to/custom/ca-cert", "/path/to/cert-file", "/path/to/key-file"), (s.CertificateCheck, s.CaCertificatePath, s.ClientCertificatePath, s.ClientKeyPath));
    }

    [Fact]
    public void R2_R3_cluster_mode_has_no_database_and_refuses_one_other_than_0()
    {
        RedisSettings cluster = Redis(new AirflowConnection("r", "redis", "node-1", "user", "password", null, 6379, "{\"cluster\": true, \"ssl\": true, \"ssl_cert_reqs\": \"required\", \"db\": 0}"));
        Assert.Equal((true, (int?)null, true), (cluster.Cluster, cluster.Database, cluster.Ssl));
        Assert.Equal("extra 'db'", Keywords.Fails(new AirflowConnection("r", "redis", "node-1", extra: "{\"cluster\": true, \"db\": 1}"), AirflowClientKind.Redis).Field);
    }

    [Theory]
    [InlineData("[\"node-2:6379\", \"node-3:6380\"]")]
    [InlineData("\"node-2:6379,node-3:6380\"")]
    [InlineData("\"node-2 , node-3:6380\"")]
    public void R4_startup_nodes_join_the_endpoints(string nodes)
    {
        RedisSettings s = Redis(new AirflowConnection("r", "redis", "node-1", port: 6379, extra: "{\"cluster\": true, \"startup_nodes\": " + nodes + "}"));
        Assert.Equal(new[] { "node-1:6379", "node-2:6379", "node-3:6380" }, s.EndPoints.Select(e => e.Host + ":" + e.Port));
    }

    [Theory]
    [InlineData("\"node-2:not-a-port\"")]
    [InlineData("\":6379\"")]
    [InlineData("{\"host\": \"node-2\"}")]
    [InlineData("[{\"host\": \"node-2\"}]")]
    [InlineData("6379")]
    public void R5_malformed_startup_nodes_are_an_error(string nodes) =>
        Assert.Equal("extra 'startup_nodes'", Keywords.Fails(new AirflowConnection("r", "redis", "node-1", extra: "{\"cluster\": true, \"startup_nodes\": " + nodes + "}"), AirflowClientKind.Redis).Field);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("None")]
    [InlineData("FALSE")]
    public void R6_no_password_and_the_texts_redishook_reads_as_none(string? password)
    {
        RedisSettings s = Redis(new AirflowConnection("redis_default", "redis", "redis", password: password, port: 6379, extra: "{\"db\": 0}"));
        Assert.Null(s.Password);
        Assert.Equal("redis:6379,defaultDatabase=0", s.ToConnectionString());
    }

    [Fact]
    public void The_parsing_vector_empty_login_text_db_and_a_truthy_ssl_false()
    {
        RedisSettings s = Redis(AirflowConnection.Parse("redis://:secret@redis:6379?db=2&ssl=false", "r"));
        Assert.Equal(((string?)null, "secret", 2, true), (s.User, s.Password, s.Database, s.Ssl));
        Assert.False(Redis(AirflowConnection.Parse("redis://:secret@redis:6379?db=2&ssl=false", "r"), new AirflowClientOptions { StrictBooleans = true }).Ssl);
    }

    [Fact]
    public void The_text_form_is_a_configuration_string_stackexchange_redis_parses_back()
    {
        string password = Hostile.NewPassword();
        RedisSettings s = Redis(new AirflowConnection("r", "redis", "::1", "airflow", password, null, 6380, "{\"db\": \"5\", \"ssl\": true}"));
        ConfigurationOptions parsed = ConfigurationOptions.Parse(s.ToConnectionString());
        Assert.Equal(("[::1]:6380", "airflow", password, 5, true), (parsed.EndPoints.Single().ToString()!, parsed.User, parsed.Password, parsed.DefaultDatabase, parsed.Ssl));
        Assert.DoesNotContain(password, s.ToString(), StringComparison.Ordinal);

        var comma = new AirflowConnection("r", "redis", "h", password: "a,b");
        Assert.Equal("password", Assert.Throws<AirflowClientSettingsException>(() => Redis(comma).ToConnectionString()).Field);
        Assert.Equal("a,b", comma.ToRedisConfigurationOptions().Password);
        Assert.Equal("extra 'ssl_ca_certs'", Assert.Throws<AirflowClientSettingsException>(() => Redis(new AirflowConnection("r", "redis", "h", extra: "{\"ssl\": 1, \"ssl_ca_certs\": \"/ca\"}")).ToConnectionString()).Field);
    }

    [Theory]
    [InlineData("{\"db\": \"two\"}", "extra 'db'")]
    [InlineData("{\"ssl\": true, \"ssl_cert_reqs\": \"maybe\"}", "extra 'ssl_cert_reqs'")]
    [InlineData("{\"ssl\": true, \"ssl_keyfile\": \"/k\"}", "extra 'ssl_keyfile'")]
    [InlineData("{\"ssl\": \"yes please\"}", "extra 'ssl'")]
    public void Bad_redis_extras_are_one_clear_error(string extra, string field) =>
        Assert.Equal(field, Keywords.Fails(new AirflowConnection("r", "redis", "h", extra: extra), AirflowClientKind.Redis, new AirflowClientOptions { StrictBooleans = extra.Contains("please", StringComparison.Ordinal) }).Field);

    [Fact]
    public void W1_login_and_password_are_a_shared_key_for_the_login_account()
    {
        BlobStorageSettings s = Blob(Wasb(login: "login", password: "key"));
        Assert.Equal((BlobCredentialKind.SharedKey, "https://login.blob.core.windows.net/", "login", "key"), (s.Credential, s.AccountUrl, s.AccountName, s.AccountKey));
    }

    private const string Proxies = "\"proxies\": {\"http\": \"http://http_proxy_uri\", \"https\": \"http://https_proxy_uri\"}";

    [Fact]
    public void W2_public_read_is_anonymous_with_the_proxy_for_the_url_scheme()
    {
        BlobStorageSettings s = Blob(Wasb(host: "https://accountname.blob.core.windows.net", extra: "{" + Proxies + "}"), new AirflowClientOptions { BlobPublicRead = true });
        Assert.Equal((BlobCredentialKind.Anonymous, "https://accountname.blob.core.windows.net", "http://https_proxy_uri"), (s.Credential, s.AccountUrl, s.Proxy));
    }

    [Fact]
    public void W3_a_connection_string_wins() =>
        Assert.Equal((BlobCredentialKind.ConnectionString, "UseDevelopmentStorage=true"), (Blob(Wasb(login: "l", password: "p", extra: "{\"connection_string\": \"UseDevelopmentStorage=true\", \"tenant_id\": \"t\"}")).Credential, Blob(Wasb(extra: "{\"connection_string\": \"UseDevelopmentStorage=true\"}")).ConnectionString));

    [Fact]
    public void W4_shared_access_key_is_a_string_credential()
    {
        BlobStorageSettings s = Blob(Wasb(host: "https://accountname.blob.core.windows.net", extra: "{\"shared_access_key\": \"token\", " + Proxies + "}"));
        Assert.Equal((BlobCredentialKind.SharedKey, "accountname", "token"), (s.Credential, s.AccountName, s.AccountKey));
    }

    [Fact]
    public void W5_W8_nothing_else_is_default_azure_credential()
    {
        Assert.Equal((BlobCredentialKind.DefaultAzureCredential, "https://None.blob.core.windows.net/"), (Blob(Wasb(extra: "{" + Proxies + "}")).Credential, Blob(Wasb()).AccountUrl));
        BlobStorageSettings s = Blob(Wasb(host: "testaccountID", login: "testaccountname"));
        Assert.Equal((BlobCredentialKind.DefaultAzureCredential, "https://testaccountname.blob.core.windows.net/", (string?)null), (s.Credential, s.AccountUrl, s.ManagedIdentityClientId));
    }

    [Fact]
    public void W6_tenant_id_is_a_client_secret_credential_with_its_auth_config()
    {
        BlobStorageSettings s = Blob(Wasb(host: "conn_host", login: "appID", password: "appsecret",
            extra: "{\"tenant_id\": \"token\", " + Proxies + ", \"client_secret_auth_config\": {" + Proxies + ", \"connection_verify\": false, \"authority\": \"https://test_authority.com\"}}"));
        Assert.Equal((BlobCredentialKind.ClientSecret, "https://appID.blob.core.windows.net/", "token", "appID", "appsecret"), (s.Credential, s.AccountUrl, s.TenantId, s.ClientId, s.ClientSecret));
        Assert.Equal(("https://test_authority.com", false, "http://https_proxy_uri", "http://https_proxy_uri"), (s.AuthorityHost, s.CredentialVerifyCertificate, s.CredentialProxy, s.Proxy));
    }

    [Fact]
    public void W7_account_key_comes_after_the_password()
    {
        Assert.Equal(("https://testaccount.blob.core.windows.net/", "test_account_key"), (Blob(Wasb(login: "testaccount", extra: "{\"account_key\": \"test_account_key\"}")).AccountUrl, Blob(Wasb(login: "testaccount", extra: "{\"account_key\": \"test_account_key\"}")).AccountKey));
        Assert.Equal("pw", Blob(Wasb(login: "testaccount", password: "pw", extra: "{\"account_key\": \"test_account_key\"}")).AccountKey);
    }

    [Theory]
    [InlineData("{\"sas_token\": \"SAStoken\"}", "https://testaccountname.blob.core.windows.net/SAStoken")]
    [InlineData("{\"sas_token\": \"https://login.blob.core.windows.net/token\"}", "https://login.blob.core.windows.net/token")]
    [InlineData("{\"extra__wasb__sas_token\": \"https://login.blob.core.windows.net/token\"}", "https://login.blob.core.windows.net/token")]
    [InlineData("{\"extra__wasb__sas_token\": \"token\"}", "https://testaccountname.blob.core.windows.net/token")]
    [InlineData("{\"sas_token\": \"?sv=2020&sig=abc\"}", "https://testaccountname.blob.core.windows.net/?sv=2020&sig=abc")]
    [InlineData("{\"sas_token\": \"sv=2020&sig=abc\"}", "https://testaccountname.blob.core.windows.net/?sv=2020&sig=abc")]
    public void W9_to_W11_a_sas_token_is_appended_as_wasbhook_does(string extra, string url) =>
        Assert.Equal(url, Blob(Wasb(host: "testaccountID", login: "testaccountname", extra: extra)).AccountUrl);

    [Theory]
    [InlineData("https://testaccountname.blob.core.windows.net", "https://testaccountname.blob.core.windows.net")]
    [InlineData("testhost", "https://accountlogin.blob.core.windows.net/")]
    [InlineData("testhost.dns", "https://testhost.dns")]
    [InlineData("testhost.blob.net", "https://testhost.blob.net")]
    [InlineData("testhostakjhdisdfbearioyo.blob.core.windows.net", "https://testhostakjhdisdfbearioy.blob.core.windows.net")]
    [InlineData("https://myacct", "https://accountlogin.blob.core.windows.net/")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1", "http://127.0.0.1:10000/devstoreaccount1")]
    [InlineData("http://localhost:10000/devstoreaccount1", "http://accountlogin.blob.core.windows.net//devstoreaccount1")]
    [InlineData("localhost:10000", "localhost://accountlogin.blob.core.windows.net//10000")]
    public void W12_W13_the_account_url_is_airflows_parse_blob_account_url(string host, string url)
    {
        // Public read shows the URL alone: a shared key also needs an account name, which a custom domain does not give
        // (the Python SDK refuses it too).
        BlobStorageSettings s = Blob(Wasb(host: host, login: "accountlogin", password: "testpass"), new AirflowClientOptions { BlobPublicRead = true });
        Assert.Equal(url, s.AccountUrl);
    }

    [Theory]
    [InlineData("{\"sas_token\": null}")]
    [InlineData("{\"sas_token\": \"\"}")]
    [InlineData("{\"sas_token\": \"\", \"extra__wasb__sas_token\": \"prefixed\"}")]
    [InlineData("{\"sas_token\": false, \"extra__wasb__sas_token\": \"prefixed\"}")]
    [InlineData("{\"extra__wasb__sas_token\": null}")]
    public void W14_wasbhooks_get_field_empty_values_count_as_absent_and_a_present_short_key_masks_the_prefixed_one(string extra) =>
        Assert.Equal(BlobCredentialKind.DefaultAzureCredential, Blob(Wasb(login: "acct", extra: extra)).Credential);

    [Fact]
    public void The_managed_identity_is_used_only_with_the_workload_tenant()
    {
        BlobStorageSettings both = Blob(Wasb(login: "acct", extra: "{\"managed_identity_client_id\": \"mi\", \"workload_identity_tenant_id\": \"wt\"}"));
        Assert.Equal(("mi", "wt", "wt"), (both.ManagedIdentityClientId, both.TenantId, both.AdditionallyAllowedTenants.Single()));
        BlobStorageSettings one = Blob(Wasb(login: "acct", extra: "{\"managed_identity_client_id\": \"mi\"}"));
        Assert.Null(one.ManagedIdentityClientId);
        Assert.Contains(one.Notes, n => n.StartsWith("extra 'managed_identity_client_id'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_parsing_vector_and_wasb_default()
    {
        BlobStorageSettings s = Blob(AirflowConnection.Parse("wasb://acct:key@?sas_token=%3Fsv%3D2020%26sig%3Dabc", "w"));
        Assert.Equal((BlobCredentialKind.SharedAccessSignature, "https://acct.blob.core.windows.net/?sv=2020&sig=abc", "sv=2020&sig=abc"), (s.Credential, s.AccountUrl, s.SharedAccessSignature));
        BlobStorageSettings d = Blob(new AirflowConnection("wasb_default", "wasb", extra: "{\"sas_token\": null}"));
        Assert.Equal((BlobCredentialKind.DefaultAzureCredential, "https://None.blob.core.windows.net/"), (d.Credential, d.AccountUrl));
    }

    [Theory]
    [InlineData(null, "key", "{\"connection_verify\": \"/ca.pem\"}", "extra 'connection_verify'")]
    [InlineData(null, "key", "{\"proxies\": [\"http://p\"]}", "extra 'proxies'")]
    [InlineData(null, null, "{\"sas_token\": 5}", "extra 'sas_token'")]
    [InlineData("custom.example.com", "key", null, "host")]
    [InlineData(null, "key", "{\"tenant_id\": \"t\", \"client_secret_auth_config\": {\"retry_total\": 3}}", "extra 'client_secret_auth_config.retry_total'")]
    public void Bad_wasb_input_is_one_clear_error(string? host, string? password, string? extra, string field) =>
        Assert.Equal(field, Keywords.Fails(Wasb(host: host, login: "acct", password: password, extra: extra), AirflowClientKind.Blob).Field);

    [Fact]
    public void The_text_form_masks_keys_and_secrets()
    {
        Assert.Equal("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=***;BlobEndpoint=https://acct.blob.core.windows.net/;", Blob(Wasb(login: "acct", password: "a2V5")).ToMaskedConnectionString());
        Assert.Equal("BlobEndpoint=https://acct.blob.core.windows.net/;Credential=ClientSecret;TenantId=t;ClientId=acct;ClientSecret=***;", Blob(Wasb(login: "acct", password: "s", extra: "{\"tenant_id\": \"t\"}")).ToMaskedConnectionString());
        Assert.Equal("AccountName=a;AccountKey=***", Blob(Wasb(extra: "{\"connection_string\": \"AccountName=a;AccountKey=k2\"}")).ToMaskedConnectionString());
    }
}
