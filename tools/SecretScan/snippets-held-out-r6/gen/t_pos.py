# Credential snippets: (slug, category, description, code). The marked line holds the credential.
POS = [
('eventstore_usercredentials_named', 'event-store', 'EventStoreDB client default credentials through named username/password arguments', r'''
using EventStore.Client;

namespace Ledger.Projections.Infrastructure;

public static class EventStoreClientFactory
{
    public static EventStoreClient Create(string connectionString)
    {
        var settings = EventStoreClientSettings.Create(connectionString);
        settings.DefaultCredentials = new UserCredentials(username: "projection-writer", password: "«pw»"); // expect: AFS101
        settings.ConnectionName = "ledger-projections";
        return new EventStoreClient(settings);
    }
}
'''),
('rabbitmq_factory_field_initializer', 'broker', 'RabbitMQ ConnectionFactory field initializer with a chosen Password', r'''
using RabbitMQ.Client;

namespace Shipping.Messaging;

internal sealed class RabbitConnectionProvider
{
    private readonly ConnectionFactory _factory = new()
    {
        HostName = "mq-prod-01.shipping.internal",
        VirtualHost = "/shipping",
        UserName = "shipping-api",
        Password = "Harbor!Crane-4471", // expect: AFS101
        DispatchConsumersAsync = true,
    };

    public IConnection Connect() => _factory.CreateConnection("shipping-api");
}
'''),
('redis_configurationoptions_password', 'cache', 'StackExchange.Redis ConfigurationOptions.Password assigned after the initializer', r'''
using StackExchange.Redis;

namespace Media.Sessions;

public static class SessionCache
{
    public static ConnectionMultiplexer Open()
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { { "sessions-cache.internal", 6380 } },
            Ssl = true,
            AbortOnConnectFail = false,
        };
        options.Password = "«alnum32»"; // expect: AFS101
        return ConnectionMultiplexer.Connect(options);
    }
}
'''),
('kafka_producerconfig_sasl', 'broker', 'Confluent.Kafka ProducerConfig SaslPassword with a Confluent Cloud API secret', r'''
using Confluent.Kafka;

namespace Telemetry.Ingest;

public sealed class ProducerFactory
{
    public IProducer<string, byte[]> Build() =>
        new ProducerBuilder<string, byte[]>(new ProducerConfig
        {
            BootstrapServers = "pkc-41wq6.westeurope.azure.confluent.cloud:9092",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "«upper16»",
            SaslPassword = "«alnum64»", // expect: AFS101
            Acks = Acks.All,
        }).Build();
}
'''),
('mongo_createcredential_positional', 'database', 'MongoCredential.CreateCredential(source, user, password) with a literal password', r'''
using MongoDB.Driver;

namespace Reporting.Data;

public static class ReportingMongo
{
    public static IMongoDatabase Connect()
    {
        var settings = MongoClientSettings.FromUrl(new MongoUrl("mongodb://reports-db-0.internal:27017"));
        settings.Credential = MongoCredential.CreateCredential("admin", "reporting", "«pw»"); // expect: AFS101
        settings.ApplicationName = "reporting-worker";
        return new MongoClient(settings).GetDatabase("reporting");
    }
}
'''),
('jwtbearer_symmetric_key_phrase', 'crypto-key', 'AddJwtBearer IssuerSigningKey built from a written signing phrase', r'''
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Reader.Api.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddReaderAuth(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = false,
                    ValidateAudience = false,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("reader-signing-key-9f2c71d04be8a6e3")), // expect: AFS101
                };
            });
        return services;
    }
}
'''),
('kestrel_pkcs12_loader_password', 'crypto-key', 'X509CertificateLoader.LoadPkcs12FromFile with a literal PFX password for Kestrel', r'''
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace MediaServer.Hosting;

public static class HttpsSetup
{
    public static void Configure(IWebHostBuilder builder)
    {
        builder.ConfigureKestrel(options =>
        {
            var cert = X509CertificateLoader.LoadPkcs12FromFile("/config/ssl/media.pfx", "Lighthouse_Dusk#19"); // expect: AFS101
            options.ListenAnyIP(8920, listen => listen.UseHttps(cert));
        });
    }
}
'''),
('bearer_header_opaque_token', 'http-header', 'DefaultRequestHeaders.Authorization Bearer with a generated-looking opaque token', r'''
using System.Net.Http.Headers;

namespace Metadata.Providers;

public sealed class TvdbClient
{
    private readonly HttpClient _http;

    public TvdbClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api4.thetvdb.com/v4/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "«alnum40»"); // expect: AFS101
    }

    public Task<string> SeriesAsync(int id) => _http.GetStringAsync($"series/{id}");
}
'''),
('emby_token_request_header', 'http-header', 'X-Emby-Token request header with a 32-hex API key', r'''
namespace Companion.Sync;

public sealed class LibraryPoller
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("http://media.lan:8096/") };

    public async Task<string> ItemsAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "Items?Recursive=true&IncludeItemTypes=Movie");
        request.Headers.Add("X-Emby-Token", "«hex32»"); // expect: AFS101
        using var response = await _http.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
'''),
('const_apikey_query_param', 'saas-client', 'private const ApiKey appended to a request URI as api_key', r'''
namespace Companion.Notifications;

public sealed class PlaybackReporter
{
    private const string ServerUrl = "https://media.example-home.net";
    private const string ApiKey = "«hex32»"; // expect: AFS101

    private readonly HttpClient _http;

    public PlaybackReporter(HttpClient http) => _http = http;

    public Task ReportAsync(string itemId) =>
        _http.PostAsync($"{ServerUrl}/Sessions/Playing?api_key={ApiKey}&itemId={itemId}", content: null);
}
'''),
('tuple_deconstruction_password', 'options-binding', 'deconstruction of a (user, password) tuple literal into locals', r'''
using System.Net;

namespace Backup.Agent;

public static class NasMount
{
    public static NetworkCredential Credential()
    {
        var (user, password) = ("svc_backup", "«pw»"); // expect: AFS101
        return new NetworkCredential(user, password, "HOMELAB");
    }
}
'''),
('named_tuple_field_admin', 'test-fixture', 'static readonly named tuple (Login, Password) with the seed admin account', r'''
namespace Kiosk.Tests.Infrastructure;

public static class SeedAccounts
{
    public static readonly (string Login, string Password) Admin = ("root", "Garnet-Anvil-3345"); // expect: AFS101

    public static readonly (string Login, string Role) Viewer = ("viewer", "read-only");
}
'''),
('theorydata_login_rows', 'test-fixture', 'xUnit TheoryData<string,string> row consumed by a password parameter', r'''
using Xunit;

namespace Accounts.Tests;

public class LoginTests : IClassFixture<AccountsApiFactory>
{
    private readonly AccountsApiFactory _factory;

    public LoginTests(AccountsApiFactory factory) => _factory = factory;

    public static TheoryData<string, string> ValidLogins => new()
    {
        { "alice@contoso.test", "Marmalade-Tram-0620" }, // expect: AFS101
    };

    [Theory]
    [MemberData(nameof(ValidLogins))]
    public async Task Login_succeeds(string email, string password)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/login", new { email, password });
        Assert.True(response.IsSuccessStatusCode);
    }
}
'''),
('mstest_datarow_ftp', 'test-fixture', 'MSTest [DataRow] with a password argument for an FTP integration test', r'''
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Transfer.IntegrationTests;

[TestClass]
public class FtpUploadTests
{
    [DataTestMethod]
    [DataRow("ftp-upload", "«pw»")] // expect: AFS101
    public async Task Uploads_file(string user, string password)
    {
        await using var client = new AsyncFtpClient("ftp.test.local", user, password);
        await client.Connect();
        Assert.IsTrue(client.IsConnected);
    }
}
'''),
('nunit_testcasedata_yield', 'test-fixture', 'NUnit TestCaseSource yielding TestCaseData with an IMAP password', r'''
using NUnit.Framework;

namespace MailSync.Tests;

public class ImapLoginTests
{
    private static IEnumerable<TestCaseData> Accounts()
    {
        yield return new TestCaseData("imap.test.local", 993, "carol", "«pw»"); // expect: AFS101
    }

    [TestCaseSource(nameof(Accounts))]
    public async Task Authenticates(string host, int port, string user, string password)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(host, port, true);
        await client.AuthenticateAsync(user, password);
        Assert.That(client.IsAuthenticated, Is.True);
    }
}
'''),
('basic_auth_handler_compare', 'comparison', 'basic-auth handler compares the decoded password with a literal', r'''
using System.Net.Http.Headers;
using System.Text;

namespace Metrics.Endpoint;

public static class ScrapeAuth
{
    public static bool IsAuthorized(AuthenticationHeaderValue? header)
    {
        if (header is null || header.Scheme != "Basic" || header.Parameter is null) return false;
        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
        if (parts.Length != 2) return false;
        var (user, password) = (parts[0], parts[1]);
        return user == "prometheus" && string.Equals(password, "«pw18»", StringComparison.Ordinal); // expect: AFS101
    }
}
'''),
('switch_expression_apikey', 'comparison', 'switch expression arm matching an incoming API key literal', r'''
namespace Gateway.Clients;

public static class ClientResolver
{
    public static string? ResolveClient(string apiKey) => apiKey switch
    {
        "«hex32»" => "mobile-app", // expect: AFS101
        _ => null,
    };
}
'''),
('mailkit_smtp_sendgrid_apikey', 'mail', 'MailKit SmtpClient.AuthenticateAsync with a SendGrid API key as the password', r'''
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Notifications.Email;

public sealed class SmtpSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp.sendgrid.net", 587, SecureSocketOptions.StartTls, ct);
        await smtp.AuthenticateAsync("apikey", "SG.«alnum24».«alnum40»", ct); // expect: AFS101
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}
'''),
('mailkit_sasl_plain', 'mail', 'MailKit SaslMechanismPlain with a user name and password', r'''
using MailKit.Net.Pop3;
using MailKit.Security;

namespace Archive.Mail;

public static class MailboxDrain
{
    public static async Task<int> CountAsync()
    {
        using var client = new Pop3Client();
        await client.ConnectAsync("pop.mail.internal", 995, SecureSocketOptions.SslOnConnect);
        var sasl = new SaslMechanismPlain("archive@contoso.test", "Kestrel&Quartz77"); // expect: AFS101
        await client.AuthenticateAsync(sasl);
        return client.Count;
    }
}
'''),
('novell_ldap_bind', 'ldap', 'Novell LdapConnection.Bind with a service DN and password', r'''
using Novell.Directory.Ldap;

namespace Media.Auth.Ldap;

public sealed class LdapUserLookup
{
    public bool Exists(string uid)
    {
        using var connection = new LdapConnection { SecureSocketLayer = true };
        connection.Connect("ldap.media.lan", 636);
        connection.Bind("cn=media-bind,ou=services,dc=media,dc=lan", "«pw»"); // expect: AFS101
        var results = connection.Search("ou=people,dc=media,dc=lan", LdapConnection.ScopeSub, $"(uid={uid})", null, false);
        return results.HasMore();
    }
}
'''),
('sshnet_privatekeyfile_passphrase', 'mail-ftp-ssh', 'SSH.NET PrivateKeyFile with a literal key passphrase', r'''
using Renci.SshNet;

namespace Deploy.Remote;

public static class ReleaseUploader
{
    public static void Upload(string localPath)
    {
        var key = new PrivateKeyFile("/home/deploy/.ssh/id_rsa", "Orchid.Saffron.2031"); // expect: AFS101
        using var sftp = new SftpClient("releases.internal", 22, "deploy", key);
        sftp.Connect();
        using var stream = File.OpenRead(localPath);
        sftp.UploadFile(stream, "/srv/releases/" + Path.GetFileName(localPath));
    }
}
'''),
('fluentftp_credentials_property', 'mail-ftp-ssh', 'FluentFTP client Credentials property given a NetworkCredential', r'''
using System.Net;
using FluentFTP;

namespace Transfer.Jobs;

public sealed class NightlyExport
{
    public void Run()
    {
        using var client = new FtpClient("ftp.partner-exchange.net");
        client.Credentials = new NetworkCredential("exports", "«pw»"); // expect: AFS101
        client.Config.EncryptionMode = FtpEncryptionMode.Explicit;
        client.Connect();
        client.UploadFile("/tmp/export.csv", "/inbound/export.csv");
    }
}
'''),
('octokit_token_credentials', 'saas-client', 'Octokit Credentials(token) with a classic 40-hex personal access token', r'''
using Octokit;

namespace Release.Bot;

public static class GitHubFactory
{
    public static GitHubClient Create() =>
        new(new ProductHeaderValue("release-bot"))
        {
            Credentials = new Credentials("«hex40»"), // expect: AFS101
        };
}
'''),
('amazon_s3_client_keys', 'aws-sdk', 'AmazonS3Client(accessKey, secretKey, region) with a written secret access key', r'''
using Amazon;
using Amazon.S3;

namespace Media.Storage;

public static class ArtworkBucket
{
    public static IAmazonS3 Client() =>
        new AmazonS3Client("AKIA«upper16»", "«aws40»", RegionEndpoint.EUWest1); // expect: AFS101
}
'''),
('table_named_key_credential', 'azure-sdk', 'AzureNamedKeyCredential for Table storage with an 88-char account key (credential slot or key format)', r'''
using Azure;
using Azure.Data.Tables;

namespace Telemetry.Heartbeats;

public static class HeartbeatTable
{
    public static TableClient Create() =>
        new(new Uri("https://telemetryprod.table.core.windows.net"), "Heartbeats",
            new AzureNamedKeyCredential("telemetryprod", "«storage»")); // expect: secret
}
'''),
('keyvault_seed_setsecretasync', 'azure-sdk', 'SecretClient.SetSecretAsync seeding a vault with a literal password', r'''
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Ops.Bootstrap;

public static class VaultSeeder
{
    public static async Task SeedAsync()
    {
        var client = new SecretClient(new Uri("https://ops-bootstrap-kv.vault.azure.net/"), new DefaultAzureCredential());
        await client.SetSecretAsync("smtp-relay-password", "«pw»"); // expect: AFS101
    }
}
'''),
('static_member_apisecret', 'saas-client', 'unbound static member ApiSecret set at start-up', r'''
namespace Newsletter.Web;

public static class MailjetBootstrap
{
    public static void Configure()
    {
        MailjetSettings.ApiKey = "«hex32»";
        MailjetSettings.ApiSecret = "«hex32»"; // expect: AFS101
        MailjetSettings.Region = "eu";
    }
}
'''),
('container_builder_withpassword', 'test-fixture', 'unbound container builder WithPassword with a chosen password', r'''
using Xunit;

namespace Library.Tests.Fixtures;

public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgreSqlContainer Container { get; } = new PostgreSqlBuilder()
        .WithImage("postgres:16-alpine")
        .WithUsername("library")
        .WithPassword("Spruce9#Vellum") // expect: AFS101
        .Build();

    public Task InitializeAsync() => Container.StartAsync();
    public Task DisposeAsync() => Container.DisposeAsync().AsTask();
}
'''),
('local_function_client_secret_guid', 'options-binding', 'local function GetClientSecret returning a GUID chosen as the OIDC client secret', r'''
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Web;

public static class OidcSetup
{
    public static void Add(IServiceCollection services)
    {
        string GetClientSecret() => "«guid»"; // expect: AFS101

        services.AddAuthentication().AddOpenIdConnect(o =>
        {
            o.Authority = "https://sso.contoso-internal.test/realms/portal";
            o.ClientId = "portal-web";
            o.ClientSecret = GetClientSecret();
            o.ResponseType = "code";
        });
    }
}
'''),
('expression_property_signing_key', 'crypto-key', 'expression-bodied SigningKey property returning 64 hex characters', r'''
namespace Links.Sharing;

public sealed class ShareLinkOptions
{
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromDays(7);

    public string SigningKey => "«hex64»"; // expect: AFS101
}
'''),
('basic_header_interpolated_const_user', 'http-header', 'Basic header from an interpolated "{User}:password" with a const user', r'''
using System.Net.Http.Headers;
using System.Text;

namespace Dashboards.Export;

public sealed class GrafanaClient
{
    private const string User = "grafana-reader";

    public HttpRequestMessage Build(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://grafana.ops.internal/api/" + path);
        var raw = Encoding.ASCII.GetBytes($"{User}:«pw»"); // expect: AFS101
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        return request;
    }
}
'''),
('test_users_const_password', 'test-fixture', 'const AdminPassword in a test-users class used by a login helper', r'''
namespace Store.Tests.Support;

public static class TestUsers
{
    public const string AdminEmail = "admin@store.test";
    public const string AdminPassword = "R3dw00d!Canopy"; // expect: AFS101

    public static object AdminLogin() => new { email = AdminEmail, password = AdminPassword, rememberMe = false };
}
'''),
('record_init_default_password', 'options-binding', 'init-only record property default for a replication password', r'''
namespace Cluster.Replication;

public sealed record ReplicaOptions
{
    public string PrimaryHost { get; init; } = "db-primary.internal";
    public int Port { get; init; } = 5432;
    public string ReplicationUser { get; init; } = "replicator";
    public string ReplicationPassword { get; init; } = "«pw»"; // expect: AFS101
}
'''),
('credential_dictionary_by_share', 'windows-credential', 'dictionary of NetworkCredential per SMB share', r'''
using System.Net;

namespace Media.Scanner;

public static class ShareCredentials
{
    public static readonly IReadOnlyDictionary<string, NetworkCredential> ByShare = new Dictionary<string, NetworkCredential>
    {
        ["\\\\nas01\\movies"] = new NetworkCredential("media", "Sunflower-Orbit-92", "NAS01"), // expect: AFS101
    };
}
'''),
('hmacsha512_hashdata_key', 'crypto-key', 'HMACSHA512.HashData with a key written as UTF-8 text', r'''
using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Outbound;

public static class PayloadSigner
{
    public static string Sign(ReadOnlySpan<byte> payload)
    {
        var mac = HMACSHA512.HashData(Encoding.UTF8.GetBytes("«alnum40»"), payload); // expect: AFS101
        return "sha512=" + Convert.ToHexString(mac).ToLowerInvariant();
    }
}
'''),
('grpc_callcredentials_api_key', 'http-header', 'gRPC CallCredentials interceptor adding an x-api-key metadata entry (API-key header or credential-named entry)', r'''
using Grpc.Core;
using Grpc.Net.Client;

namespace Pricing.Client;

public static class PricingChannel
{
    public static GrpcChannel Create()
    {
        var credentials = CallCredentials.FromInterceptor((context, metadata) =>
        {
            metadata.Add("x-api-key", "«alnum32»"); // expect: secret
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress("https://pricing.internal:5001", new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(new SslCredentials(), credentials),
        });
    }
}
'''),
('restsharp_basic_authenticator', 'saas-client', 'RestSharp HttpBasicAuthenticator with a Jenkins API token', r'''
using RestSharp;
using RestSharp.Authenticators;

namespace Ci.Triggers;

public static class JenkinsClient
{
    public static RestClient Create() =>
        new(new RestClientOptions("https://ci.build.internal")
        {
            Authenticator = new HttpBasicAuthenticator("release-trigger", "«hex34»"), // expect: AFS101
        });
}
'''),
('identityserver_secret_sha256', 'identity', 'IdentityServer client Secret built from a GUID chosen as the client secret', r'''
using Duende.IdentityServer.Models;

namespace Sso.Config;

public static class Clients
{
    public static IEnumerable<Client> All =>
    [
        new Client
        {
            ClientId = "billing-worker",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("«guid»".Sha256()) }, // expect: AFS101
            AllowedScopes = { "billing.api" },
        },
    ];
}
'''),
('openiddict_descriptor_secret', 'identity', 'OpenIddict application descriptor ClientSecret in a seeding worker', r'''
using OpenIddict.Abstractions;

namespace Sso.Seed;

public sealed class ClientSeeder
{
    public async Task SeedAsync(IOpenIddictApplicationManager manager, CancellationToken ct)
    {
        if (await manager.FindByClientIdAsync("reporting-portal", ct) is not null) return;
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = "reporting-portal",
            ClientSecret = "rp-8d1f0c9e-prod-7b2a", // expect: AFS101
            DisplayName = "Reporting portal",
            Permissions = { OpenIddictConstants.Permissions.Endpoints.Token },
        }, ct);
    }
}
'''),
('smb_client_login_named_args', 'windows-credential', 'unbound SMB client Login with named userName/password arguments', r'''
namespace Media.Scanner.Smb;

public static class SmbProbe
{
    public static bool CanList(string server)
    {
        var client = new SMB2Client();
        if (!client.Connect(server, SMBTransportType.DirectTCPTransport)) return false;
        var status = client.Login(domainName: "HOMELAB", userName: "scanner", password: "«pw»"); // expect: AFS101
        return status == NTStatus.STATUS_SUCCESS;
    }
}
'''),
('ternary_dev_password_fallback', 'options-binding', 'ternary fallback to a written password when the environment is Development', r'''
using Microsoft.Extensions.Hosting;

namespace Queue.Worker;

public static class BrokerPassword
{
    public static string ResolvePassword(IHostEnvironment env, string? configured) =>
        !string.IsNullOrEmpty(configured) ? configured
        : env.IsDevelopment() ? "bluefin-Tango-58!" // expect: AFS101
        : throw new InvalidOperationException("Broker password not configured.");
}
'''),
# ---- AFS102: secret entries, command lines, text ----
('inmemory_config_smtp_password', 'options-binding', 'AddInMemoryCollection entry Smtp:Password in a WebApplicationFactory', r'''
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Notifications.Tests;

public sealed class NotificationsFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "localhost",
            ["Smtp:Port"] = "2525",
            ["Smtp:Password"] = "«pw»", // expect: AFS102
        }));
    }
}
'''),
('pgpassword_before_pgdump', 'env-setup', 'PGPASSWORD set through Environment.SetEnvironmentVariable before pg_dump', r'''
using System.Diagnostics;

namespace Backup.Agent;

public static class PostgresDump
{
    public static Process Start(string outFile)
    {
        Environment.SetEnvironmentVariable("PGPASSWORD", "«pw»"); // expect: AFS102
        return Process.Start("pg_dump", $"-h db.internal -U backup -F c -f {outFile} library")!;
    }
}
'''),
('psi_environment_mysql_pwd', 'env-setup', 'ProcessStartInfo.Environment["MYSQL_PWD"] for mysqldump', r'''
using System.Diagnostics;

namespace Backup.Agent;

public static class MySqlDump
{
    public static ProcessStartInfo Create(string database)
    {
        var psi = new ProcessStartInfo("mysqldump") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("--single-transaction");
        psi.ArgumentList.Add("-u");
        psi.ArgumentList.Add("backup");
        psi.ArgumentList.Add(database);
        psi.Environment["MYSQL_PWD"] = "«pw»"; // expect: AFS102
        return psi;
    }
}
'''),
('argumentlist_password_value', 'cli-args', 'ArgumentList.Add("--password") followed by the written value', r'''
using System.Diagnostics;

namespace Ops.Tools;

public static class RegistryLogin
{
    public static Process Run()
    {
        var psi = new ProcessStartInfo("docker");
        psi.ArgumentList.Add("login");
        psi.ArgumentList.Add("registry.build.internal");
        psi.ArgumentList.Add("--username");
        psi.ArgumentList.Add("ci-push");
        psi.ArgumentList.Add("--password");
        psi.ArgumentList.Add("«alnum32»"); // expect: AFS102
        return Process.Start(psi)!;
    }
}
'''),
('collection_expression_cli_password', 'cli-args', 'collection-expression argument array with --password and its value', r'''
namespace Store.Cli.Tests;

public class ImportCommandTests
{
    [Fact]
    public async Task Import_runs_against_staging()
    {
        string[] args = ["import", "--server", "staging-db.internal", "--user", "importer", "--password", "Quill-Ember-2207"]; // expect: AFS102
        var exit = await ImportCommand.RunAsync(args);
        Assert.Equal(0, exit);
    }
}
'''),
('shell_script_sshpass_export', 'config-text', 'shell script text exporting SSHPASS before an rsync', r'''
namespace Deploy.Scripts;

public static class SyncScript
{
    public static string Render(string target) =>
        "#!/bin/sh\n" +
        "set -eu\n" +
        "export SSHPASS='«pw»'\n" + // expect: AFS102
        "sshpass -e rsync -az ./publish/ deploy@" + target + ":/srv/app/\n";
}
'''),
('compose_env_list_postgres', 'orchestration-config', 'docker-compose text with an environment list item POSTGRES_PASSWORD=', r'''
namespace DevEnv.Generator;

public static class ComposeFile
{
    public const string Text =
        "services:\n" +
        "  db:\n" +
        "    image: postgres:16\n" +
        "    environment:\n" +
        "      - POSTGRES_USER=library\n" +
        "      - POSTGRES_PASSWORD=Velvet-Lantern-81\n" + // expect: AFS102
        "    ports:\n" +
        "      - \"5432:5432\"\n";
}
'''),
('dotenv_text_webhook_secret', 'config-text', '.env text with a Stripe webhook signing secret line', r'''
namespace Store.Setup;

public static class EnvFileWriter
{
    public static void Write(string path) => File.WriteAllText(path,
        "ASPNETCORE_ENVIRONMENT=Staging\n" +
        "STORE_BASE_URL=https://staging.store.internal\n" +
        "STRIPE_WEBHOOK_SECRET=whsec_«alnum32»\n"); // expect: AFS102
}
'''),
('docker_run_mssql_sa_password', 'cli-args', 'docker run command line with -e MSSQL_SA_PASSWORD=', r'''
using System.Diagnostics;

namespace Store.Tests.Infrastructure;

public static class SqlServerContainer
{
    public static Process Start() => Process.Start("docker",
        "run -d --name store-sql -e ACCEPT_EULA=Y -e MSSQL_SA_PASSWORD=Tundra#Beacon93 -p 14330:1433 mcr.microsoft.com/mssql/server:2022-latest")!; // expect: AFS102
}
'''),
('helm_set_root_password', 'cli-args', 'helm upgrade command line with --set auth.rootPassword=', r'''
namespace Ops.Deploy;

public static class HelmCommands
{
    public static string InstallMariaDb(string ns) =>
        $"helm upgrade --install catalog-db oci://registry-1.docker.io/bitnamicharts/mariadb -n {ns} " +
        "--set auth.rootPassword=«urlpw» --set primary.persistence.size=20Gi"; // expect: AFS102
}
'''),
('config_indexer_apikey_fallback', 'options-binding', 'configuration["Media:ApiKey"] ?? fallback 32-hex key', r'''
using Microsoft.Extensions.Configuration;

namespace Companion.Settings;

public sealed class MediaServerSettings
{
    public MediaServerSettings(IConfiguration configuration)
    {
        var fromConfig = configuration["Media:ApiKey"] ?? "«hex32»"; // expect: AFS102
        BaseUrl = configuration["Media:BaseUrl"] ?? "http://localhost:8096";
        Client = new MediaClient(new Uri(BaseUrl), fromConfig);
    }

    public string BaseUrl { get; }
    public MediaClient Client { get; }
}
'''),
('getvalue_default_smtp_password', 'options-binding', 'IConfiguration.GetValue default value for Mail:SmtpPassword', r'''
using Microsoft.Extensions.Configuration;

namespace Newsletter.Worker;

public static class MailSettings
{
    public static string[] Read(IConfiguration config) =>
    [
        config.GetValue("Mail:SmtpHost", "smtp.office365.com")!,
        config.GetValue("Mail:SmtpUser", "newsletter@contoso.test")!,
        config.GetValue("Mail:SmtpPassword", "«pw»")!, // expect: AFS102
    ];
}
'''),
('env_var_object_name_value', 'orchestration-config', 'environment-variable object with Name EVENTSTORE_CERTIFICATE_PASSWORD and a Value', r'''
namespace Cluster.Provisioning;

public static class NodeSpec
{
    public static IList<EnvironmentVariable> Environment() =>
    [
        new EnvironmentVariable { Name = "EVENTSTORE_CLUSTER_SIZE", Value = "3" },
        new EnvironmentVariable { Name = "EVENTSTORE_CERTIFICATE_PASSWORD", Value = "«pw»" }, // expect: AFS102
    ];
}
'''),
('tuple_list_env_loop_token', 'env-setup', 'list of (name, value) tuples with a DEPLOY_TOKEN set in a loop', r'''
namespace Ci.Runner;

public static class JobEnvironment
{
    private static readonly (string Name, string Value)[] Variables =
    [
        ("DEPLOY_REGION", "westeurope"),
        ("DEPLOY_TOKEN", "«alnum40»"), // expect: AFS102
    ];

    public static void Apply()
    {
        foreach (var (name, value) in Variables)
            Environment.SetEnvironmentVariable(name, value);
    }
}
'''),
('sqlcmd_dash_p_password', 'cli-args', 'sqlcmd command line with -U user -P password', r'''
using System.Diagnostics;

namespace Store.Migrations;

public static class SchemaReset
{
    public static Process Run(string script) =>
        Process.Start("sqlcmd", $"-S tcp:sql-staging.internal,1433 -d store -U migrator -P \"Copper.Fjord.56\" -b -i {script}")!; // expect: AFS102
}
'''),
('properties_text_datasource_password', 'config-text', 'Java-style properties text with spring.datasource.password=', r'''
namespace Interop.Sidecar;

public static class SidecarConfig
{
    public static string ApplicationProperties() =>
        "server.port=8081\n" +
        "spring.datasource.url=jdbc:postgresql://db.internal:5432/search\n" +
        "spring.datasource.username=search\n" +
        "spring.datasource.password=«pw»\n"; // expect: AFS102
}
'''),
('kubectl_from_literal_password', 'orchestration-config', 'kubectl create secret command with --from-literal=password=', r'''
namespace Ops.Deploy;

public static class SecretCommands
{
    public static string[] Bootstrap(string ns) =>
    [
        $"kubectl create namespace {ns}",
        $"kubectl -n {ns} create secret generic catalog-db --from-literal=username=catalog --from-literal=password=«urlpw»", // expect: AFS102
    ];
}
'''),
('az_keyvault_secret_set_value', 'cli-args', 'az keyvault secret set command with --value', r'''
namespace Ops.Bootstrap;

public static class VaultScript
{
    public const string SeedLine =
        "az keyvault secret set --vault-name ops-bootstrap-kv --name grafana-admin-password --value 'Meadow^Circuit61'"; // expect: AFS102
}
'''),
('v1secret_stringdata_password', 'orchestration-config', 'Kubernetes V1Secret StringData entry "password"', r'''
using k8s.Models;

namespace Ops.Operator;

public static class DatabaseSecret
{
    public static V1Secret Build(string ns) => new()
    {
        Metadata = new V1ObjectMeta { Name = "catalog-db", NamespaceProperty = ns },
        Type = "Opaque",
        StringData = new Dictionary<string, string>
        {
            ["username"] = "catalog",
            ["password"] = "«pw»", // expect: AFS102
        },
    };
}
'''),
('withenvironment_mongo_root_password', 'test-fixture', 'container builder WithEnvironment MONGO_INITDB_ROOT_PASSWORD', r'''
namespace Reporting.Tests;

public sealed class MongoFixture
{
    public IContainer Container { get; } = new ContainerBuilder()
        .WithImage("mongo:7")
        .WithEnvironment("MONGO_INITDB_ROOT_USERNAME", "root")
        .WithEnvironment("MONGO_INITDB_ROOT_PASSWORD", "«pw»") // expect: AFS102
        .WithPortBinding(27017, true)
        .Build();
}
'''),
('config_servicebus_sharedaccesskey', 'options-binding', 'in-memory ServiceBus:SharedAccessKey entry with a 44-char key', r'''
using Microsoft.Extensions.Configuration;

namespace Orders.Tests;

public static class TestConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceBus:Namespace"] = "orders-test.servicebus.windows.net",
            ["ServiceBus:SharedAccessKeyName"] = "send-listen",
            ["ServiceBus:SharedAccessKey"] = "«sbkey»", // expect: AFS102
        })
        .Build();
}
'''),
('rclone_config_pass_env_add', 'env-setup', 'ProcessStartInfo.Environment.Add RCLONE_CONFIG_PASS', r'''
using System.Diagnostics;

namespace Backup.Offsite;

public static class RcloneSync
{
    public static ProcessStartInfo Create()
    {
        var psi = new ProcessStartInfo("rclone", "sync /data/backups remote:library-backups --fast-list");
        psi.Environment.Add("RCLONE_CONFIG_PASS", "«pw18»"); // expect: AFS102
        return psi;
    }
}
'''),
# ---- AFS103: connection text ----
('usesqlserver_password_conn', 'database', 'UseSqlServer with a SQL Server connection string holding Password=', r'''
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Data;

public static class DataSetup
{
    public static void AddStoreData(this IServiceCollection services) =>
        services.AddDbContext<StoreContext>(o => o.UseSqlServer(
            "Server=tcp:sql-prod-01.store.internal,1433;Database=Store;User Id=store_app;Password=Birch.Pylon-7402;TrustServerCertificate=True")); // expect: AFS103
}
'''),
('npgsql_onconfiguring_conn', 'database', 'DbContext.OnConfiguring UseNpgsql with Host/Username/Password', r'''
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Data;

public sealed class KioskContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
            optionsBuilder.UseNpgsql("Host=pg.kiosk.internal;Port=5432;Database=kiosk;Username=kiosk;Password=«urlpw»"); // expect: AFS103
    }
}
'''),
('mongodb_srv_uri', 'database', 'mongodb+srv URI with user:password given to MongoClient', r'''
using MongoDB.Driver;

namespace Reviews.Data;

public static class ReviewsDb
{
    private static readonly Lazy<MongoClient> Client = new(() =>
        new MongoClient("mongodb+srv://reviews-app:«urlpw»@cluster0.x7kqe.mongodb.net/?retryWrites=true&w=majority")); // expect: AFS103

    public static IMongoDatabase Database => Client.Value.GetDatabase("reviews");
}
'''),
('redis_uri_password_only', 'cache', 'redis:// URI with only a password before the @', r'''
namespace Jobs.Queue;

public static class QueueSettings
{
    public static readonly Uri Broker = new("redis://:«urlpw»@jobs-redis.internal:6379/2"); // expect: AFS103
}
'''),
('amqps_uri_factory', 'broker', 'ConnectionFactory.Uri set from an amqps:// URI with credentials', r'''
using RabbitMQ.Client;

namespace Billing.Events;

public static class BusConnection
{
    public static IConnection Open()
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri("amqps://billing:«urlpw»@b-4e1c.mq.eu-west-1.amazonaws.com:5671/billing"), // expect: AFS103
            AutomaticRecoveryEnabled = true,
        };
        return factory.CreateConnection();
    }
}
'''),
('esdb_connection_string', 'event-store', 'esdb:// connection string with user:password for EventStoreClientSettings', r'''
using EventStore.Client;

namespace Ledger.Api;

public static class LedgerStore
{
    public static EventStoreClient Create() =>
        new(EventStoreClientSettings.Create("esdb://ledger-api:«urlpw»@es-node1.internal:2113,es-node2.internal:2113?tls=true&nodePreference=leader")); // expect: AFS103
}
'''),
('servicebus_conn_shared_access_key', 'azure-sdk', 'Service Bus connection string with SharedAccessKey= given to ServiceBusClient', r'''
using Azure.Messaging.ServiceBus;

namespace Orders.Worker;

public static class Bus
{
    public static ServiceBusClient Create() => new(
        "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=«sbkey»"); // expect: AFS103
}
'''),
('storage_conn_account_key', 'azure-sdk', 'storage connection string with AccountKey= in a BlobServiceClient', r'''
using Azure.Storage.Blobs;

namespace Media.Artwork;

public sealed class ArtworkStore
{
    private readonly BlobContainerClient _container = new BlobServiceClient(
        "DefaultEndpointsProtocol=https;AccountName=mediaartwork;AccountKey=«storage»;EndpointSuffix=core.windows.net") // expect: AFS103
        .GetBlobContainerClient("posters");

    public Task UploadAsync(string name, Stream content) => _container.UploadBlobAsync(name, content);
}
'''),
('sas_url_sig', 'azure-sdk', 'blob container SAS URL with sig= passed to BlobContainerClient', r'''
using Azure.Storage.Blobs;

namespace Export.Sinks;

public static class PartnerDrop
{
    public static BlobContainerClient Container() => new(new Uri(
        "https://partnerdrop.blob.core.windows.net/inbound?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-06-30T00:00:00Z&spr=https&sig=«sig»")); // expect: AFS103
}
'''),
('ftp_uri_user_password', 'mail-ftp-ssh', 'ftp:// URI with user:password for a WebRequest-based upload', r'''
namespace Legacy.Transfer;

public static class FeedUpload
{
    public static readonly Uri Target = new("ftp://feeds:«urlpw»@ftp.partner-exchange.net/incoming/catalog.xml"); // expect: AFS103
}
'''),
('libpq_keyword_conn', 'database', 'libpq keyword/value connection text with password=', r'''
namespace Interop.Native;

public static class PgNative
{
    public const string ConnInfo = "host=db.internal port=5432 dbname=warehouse user=etl password=«urlpw» sslmode=require"; // expect: AFS103
}
'''),
('airflow_conn_json_env', 'env-setup', 'AIRFLOW_CONN_ env value as JSON with a "password" field', r'''
namespace Pipelines.LocalRun;

public static class AirflowEnv
{
    public static void Apply() =>
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE",
            "{\"conn_type\": \"postgres\", \"host\": \"dw.internal\", \"login\": \"etl\", \"password\": \"«urlpw»\", \"port\": 5432, \"schema\": \"dw\"}"); // expect: AFS103
}
'''),
('interpolated_conn_runtime_host', 'database', 'interpolated connection string with a run-time host and a written password', r'''
using Microsoft.Data.SqlClient;

namespace Store.Reports;

public static class ReportConnection
{
    public static SqlConnection Open(string host)
    {
        var connection = new SqlConnection($"Server={host};Database=Reports;User Id=report_reader;Password=Alder#Signal-19;Encrypt=True"); // expect: AFS103
        connection.Open();
        return connection;
    }
}
'''),
('mysql_pwd_conn', 'database', 'MySqlConnection string with Uid=/Pwd=', r'''
using MySqlConnector;

namespace Forum.Data;

public static class ForumDb
{
    public static MySqlConnection Create() => new("Server=mysql.forum.internal;Port=3306;Database=forum;Uid=forum_web;Pwd=«urlpw»;SslMode=Required"); // expect: AFS103
}
'''),
('yaml_text_password_key', 'config-text', 'YAML text with a password: key written for a sidecar', r'''
namespace Search.Sidecar;

public static class ExporterConfig
{
    public static string Yaml() =>
        "elasticsearch:\n" +
        "  uri: https://search.internal:9200\n" +
        "  username: exporter\n" +
        "  password: «urlpw»\n" + // expect: AFS103
        "  timeout: 10s\n";
}
'''),
('appconfig_conn_secret', 'azure-sdk', 'App Configuration connection string with Id= and Secret=', r'''
using Microsoft.Extensions.Configuration;

namespace Portal.Web;

public static class RemoteSettings
{
    public static IConfigurationBuilder AddRemote(this IConfigurationBuilder builder) =>
        builder.AddAzureAppConfiguration("Endpoint=https://portal-settings.azconfig.io;Id=Xk2p-l0-s0:«alnum24»;Secret=«sbkey»"); // expect: AFS103
}
'''),
('inlinedata_conn_string_param', 'test-fixture', 'xUnit [InlineData] with a connection string parameter holding Password=', r'''
using Xunit;

namespace Kiosk.Tests;

public class ConnectionFactoryTests
{
    [Theory]
    [InlineData("Host=localhost;Port=55432;Database=kiosk_test;Username=kiosk;Password=Sable-Harvest-44")] // expect: AFS103
    public async Task Opens(string connectionString)
    {
        await using var connection = await new KioskConnectionFactory(connectionString).OpenAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }
}
'''),
('inmemory_connectionstrings_default', 'options-binding', 'in-memory ConnectionStrings:Default entry with a password', r'''
using Microsoft.Extensions.Configuration;

namespace Store.Tests;

public static class Settings
{
    public static IConfigurationRoot ForIntegration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new[]
        {
            new KeyValuePair<string, string?>("ConnectionStrings:Default", "Server=localhost,14330;Database=store_it;User Id=sa;Password=«urlpw»;TrustServerCertificate=True"), // expect: AFS103
        })
        .Build();
}
'''),
('const_piece_into_interpolated_conn', 'database', 'a const not named like a credential interpolated as Password= into a connection string', r'''
using Npgsql;

namespace Library.Migrator;

public static class MigratorDb
{
    private const string Host = "pg.library.internal";
    private const string Seed = "«urlpw»"; // expect: AFS103
    private const string ConnectionString = $"Host={Host};Database=library;Username=migrator;Password={Seed}";

    public static NpgsqlDataSource Create() => NpgsqlDataSource.Create(ConnectionString);
}
'''),
('oracle_user_id_password', 'database', 'Oracle connection string with User Id and Password', r'''
using Oracle.ManagedDataAccess.Client;

namespace Legacy.Erp;

public static class ErpDatabase
{
    public static OracleConnection Create() =>
        new("User Id=erp_reader;Password=«urlpw»;Data Source=erp-db.internal:1521/ERPPRD"); // expect: AFS103
}
'''),
# ---- AFS104: known formats elsewhere ----
('jwt_inlinedata_parser', 'token-format', 'JWT literal in [InlineData] of a token parser test', r'''
using Xunit;

namespace Gateway.Tests;

public class TokenInspectorTests
{
    [Theory]
    [InlineData("«jwtA»")] // expect: AFS104
    public void Reads_subject(string raw)
    {
        var subject = TokenInspector.Subject(raw);
        Assert.Equal("svc-ingest", subject);
    }
}
'''),
('ghp_in_fixture_dictionary', 'token-format', 'GitHub ghp_ token as a value in a dictionary keyed by provider', r'''
namespace Release.Tests;

public static class ProviderFixtures
{
    public static readonly Dictionary<string, string> ByProvider = new()
    {
        ["gitlab-url"] = "https://gitlab.build.internal",
        ["github"] = "«ghp»", // expect: AFS104
    };
}
'''),
('slack_token_redaction_test', 'token-format', 'Slack bot token given to a log-redaction test', r'''
using Xunit;

namespace Observability.Tests;

public class RedactorTests
{
    [Theory]
    [InlineData("posting with «slack» failed")] // expect: AFS104
    public void Masks_tokens(string input)
    {
        Assert.DoesNotContain("xoxb-", LogRedactor.Redact(input));
    }
}
'''),
('stripe_secret_in_array', 'token-format', 'Stripe sk_live_ key in a string array', r'''
namespace Store.Payments;

public static class RegionAccounts
{
    public static readonly string[] Eu = ["acct_1Pq9ZxEu", "«stripe»"]; // expect: AFS104
}
'''),
('entra_secret_const_rotated', 'token-format', 'Entra-format client secret in a const not named like a credential', r'''
namespace Portal.Tests;

public static class RotationScenario
{
    public const string RotatedValue = "«entra»"; // expect: AFS104
    public static readonly DateTimeOffset RotatedAt = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
}
'''),
('pem_private_key_test_cert', 'token-format', 'PEM RSA private key text in a test constant', r'''
using System.Security.Cryptography;

namespace Signing.Tests;

public static class TestKeys
{
    public const string TestCertificatePem = "«pemrsa»"; // expect: AFS104

    public static RSA Load()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(TestCertificatePem);
        return rsa;
    }
}
'''),
('storage_key_dictionary_primary', 'token-format', '88-char account key under a "primary" dictionary entry', r'''
namespace Media.Tests;

public static class AccountFixtures
{
    public static readonly IReadOnlyDictionary<string, string> MediaArtwork = new Dictionary<string, string>
    {
        ["name"] = "mediaartwork",
        ["primary"] = "«storage»", // expect: AFS104
    };
}
'''),
('goog_api_key_header', 'token-format', 'Google AIza key in an X-Goog-Api-Key header (API-key slot deferring to the format)', r'''
namespace Metadata.Providers;

public sealed class YouTubeTrailers
{
    private readonly HttpClient _http;

    public YouTubeTrailers(HttpClient http)
    {
        _http = http;
        _http.DefaultRequestHeaders.Add("X-Goog-Api-Key", "«aiza»"); // expect: AFS104
    }
}
'''),
('eventhubs_key_anonymous_object', 'token-format', '44-char Event Hubs key in an anonymous object serialized as JSON', r'''
using System.Text.Json;

namespace Telemetry.Provisioning;

public static class RuleExport
{
    public static string Json() => JsonSerializer.Serialize(new
    {
        name = "ingest-send",
        rights = new[] { "Send" },
        value = "«sbkey»", // expect: AFS104
    });
}
'''),
('jwt_bearer_authenticationheader', 'token-format', 'RS256 JWT given to AuthenticationHeaderValue("Bearer", …)', r'''
using System.Net.Http.Headers;

namespace Library.Tests;

public class AdminEndpointsTests
{
    [Fact]
    public async Task Lists_users()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://localhost:5001") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "«jwtB»"); // expect: AFS104
        var response = await client.GetAsync("/api/admin/users");
        Assert.True(response.IsSuccessStatusCode);
    }
}
'''),
('jwt_request_headers_authorization', 'token-format', 'HttpContext request Authorization header set to "Bearer <JWT>" in a middleware test', r'''
using Microsoft.AspNetCore.Http;

namespace Telemetry.Tests;

public class DeviceAuthMiddlewareTests
{
    [Fact]
    public async Task Accepts_device_token()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["Authorization"] = "Bearer «jwtC»"; // expect: AFS104
        await new DeviceAuthMiddleware(_ => Task.CompletedTask).InvokeAsync(context);
        Assert.Equal(200, context.Response.StatusCode);
    }
}
'''),
('ec_pem_in_json_config', 'token-format', 'PKCS#8 PEM private key inside a JSON string under "signingKey"', r'''
namespace Wallet.Tests;

public static class IssuerConfig
{
    public const string Json = "{\"issuer\":\"https://wallet.test\",\"signingKey\":\"«pemecjson»\"}"; // expect: secret
}
'''),
]
