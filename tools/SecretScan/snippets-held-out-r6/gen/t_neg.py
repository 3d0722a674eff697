# Clean look-alikes: (slug, category, description, code). No line holds a credential.
NEG = [
('token_purpose_names', 'setting-name', 'token-provider purpose and query-parameter names', r'''
namespace Accounts.Identity;

public static class TokenPurposes
{
    public const string PasswordReset = "ResetPassword";
    public const string ConfirmEmail = "EmailConfirmation";
    public const string ApiKeyQueryName = "api_key";
    public const string AccessTokenQueryName = "access_token";
}
'''),
('auth_header_name_constants', 'header-name', 'constants naming the token and authorization headers of a media server', r'''
namespace Media.Api.Auth;

public static class AuthHeaders
{
    public const string Token = "X-Emby-Token";
    public const string Authorization = "X-Emby-Authorization";
    public const string ApiKeyHeaderName = "X-Api-Key";
    public const string ClientSecretHeader = "X-Client-Secret";
}
'''),
('refresh_token_cache_keys', 'cache-key', 'cache keys for refresh tokens and API keys built from ids', r'''
using Microsoft.Extensions.Caching.Memory;

namespace Accounts.Caching;

public sealed class TokenCache(IMemoryCache cache)
{
    private const string ApiKeysCacheKey = "auth:api-keys:v2";

    public string? RefreshToken(Guid userId) => cache.Get<string>($"refresh-token:{userId:N}");

    public void ForgetApiKeys() => cache.Remove(ApiKeysCacheKey);

    public static string SessionTokenKey(string deviceId) => "session-token:" + deviceId;
}
'''),
('password_length_validator_messages', 'validator', 'password policy checks adding error messages', r'''
namespace Accounts.Validation;

public static class PasswordRules
{
    public static IEnumerable<string> Check(string password)
    {
        if (password.Length < 12) yield return "Password must be at least 12 characters.";
        if (!password.Any(char.IsDigit)) yield return "Password must contain a digit.";
        if (password.Contains(' ')) yield return "Password must not contain spaces.";
    }
}
'''),
('password_policy_regex', 'validator', 'regular expression of a password policy under PasswordPolicy', r'''
using System.Text.RegularExpressions;

namespace Accounts.Validation;

public static class PasswordPolicy
{
    public const string Pattern = "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,128}$";

    public static readonly Regex Strong = new(Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
'''),
('smtp_password_from_environment', 'runtime-value', 'Password read from an environment variable with a throw fallback', r'''
using System.Net;

namespace Notifications.Email;

public static class SmtpCredential
{
    public static NetworkCredential Create() => new(
        "noreply@contoso.test",
        Environment.GetEnvironmentVariable("SMTP_PASSWORD")
            ?? throw new InvalidOperationException("SMTP_PASSWORD is not set."));
}
'''),
('ldap_options_from_configuration', 'runtime-value', 'LDAP bind options bound from IConfiguration', r'''
using Microsoft.Extensions.Configuration;

namespace Media.Auth.Ldap;

public sealed class LdapOptions
{
    public string Server { get; set; } = "";
    public string BindUser { get; set; } = "";
    public string BindPassword { get; set; } = "";

    public static LdapOptions From(IConfiguration config) => new()
    {
        Server = config["Ldap:Server"] ?? "ldap.media.lan",
        BindUser = config["Ldap:BindUser"] ?? "",
        BindPassword = config["Ldap:BindPassword"] ?? "",
    };
}
'''),
('angle_placeholder_password', 'placeholder', 'documentation generator emitting <smtp-password> placeholders', r'''
namespace Docs.Generator;

public static class SampleSettings
{
    public static object Smtp() => new
    {
        Host = "smtp.example.com",
        User = "<smtp-user>",
        Password = "<smtp-password>",
    };
}
'''),
('dollar_brace_placeholder_conn', 'placeholder', 'connection string template with ${DB_PASSWORD} substitution', r'''
namespace DevEnv.Generator;

public static class ConnectionTemplates
{
    public const string Store = "Server=db;Database=store;User Id=store_app;Password=${DB_PASSWORD};TrustServerCertificate=True";
    public const string Cache = "redis://:${REDIS_PASSWORD}@cache:6379/0";
}
'''),
('identity_v3_password_hash_seed', 'hash', 'ASP.NET Identity v3 PasswordHash in seed data', r'''
namespace Store.Data.Seed;

public static class SeedUsers
{
    public static object Admin() => new
    {
        Id = "5b0e3c3a-3a5e-4f0f-9c1e-7f7a2d6c8e11",
        UserName = "admin@store.test",
        NormalizedUserName = "ADMIN@STORE.TEST",
        PasswordHash = "AQAAAAIAAYagAAAAEKq3Hf6b0wq3t8JvT2d8x0hXg0n4r7m0q9f5W4kq0mJc8Ykq1Pq3vQm2c6aTt8Zr1w==",
        SecurityStamp = "QJ4W6F3XK2ZP7N5LBVYHTR8M3D6CS2GA",
    };
}
'''),
('bcrypt_hash_fixture', 'hash', 'bcrypt hash of a test user in a fixture', r'''
namespace Forum.Tests;

public static class Users
{
    public static readonly UserRow Moderator = new(
        Id: 42,
        Name: "moderator",
        PasswordHash: "$2a$11$Qm1H0dX0p3c9f7yYb1wJ8eQk2vV6qf0m7g3E8rT4u5N6s2aLw9xKi");
}
'''),
('download_sha256_checksum', 'hash', 'SHA-256 checksum of a downloaded ffmpeg build', r'''
using System.Security.Cryptography;

namespace Media.Tools;

public static class FfmpegDownload
{
    public const string Url = "https://downloads.media.internal/ffmpeg/7.1/ffmpeg-linux64.tar.xz";
    public const string ExpectedSha256 = "3f4c9e2a8b71d05c6e9af18237b0d4e5c6a7f8091b2c3d4e5f60718293a4b5c6";

    public static bool Verify(Stream s) => Convert.ToHexString(SHA256.HashData(s)).Equals(ExpectedSha256, StringComparison.OrdinalIgnoreCase);
}
'''),
('pem_public_key_verification', 'public-key', 'PEM public key used to verify license files', r'''
using System.Security.Cryptography;

namespace Licensing;

public static class LicenseVerifier
{
    private const string VerificationKeyPem =
        "-----BEGIN PUBLIC KEY-----\n" +
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3mKq0mXo5K8bq7Jt9pHqz7m1pW6v\n" +
        "Yx0v8dQhJ2kF4cN1rT9sLw3uE5aB6gC7iD8jK9lM0nO1pQ2rS3tU4vW5xY6zA==\n" +
        "-----END PUBLIC KEY-----\n";

    public static ECDsa Load() { var ecdsa = ECDsa.Create(); ecdsa.ImportFromPem(VerificationKeyPem); return ecdsa; }
}
'''),
('ssh_authorized_public_key', 'public-key', 'ssh-ed25519 public key written to authorized_keys', r'''
namespace Deploy.Provisioning;

public static class DeployUser
{
    public const string AuthorizedKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7f3n0Jm2bq5Vt8xW1yZ4aC6dE9gH2jK5lM8nP0qR3s deploy@ci";

    public static string AuthorizedKeysFile() => AuthorizedKey + "\n";
}
'''),
('dataprotection_ciphertext_fixture', 'ciphertext', 'ASP.NET Data Protection ciphertext fixture under ProtectedPayload', r'''
namespace Accounts.Tests;

public static class ProtectedFixtures
{
    public const string ProtectedPayload =
        "CfDJ8N3k2L0vYq7bR5tW1xZ9aC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hJ4kL6mN8pQ0rS2tU4vW6xY8zA0bC2dE4fG6hJ8kL0mN2pQ4rS6tU8vW0xY2zA4";
}
'''),
('use_development_storage', 'emulator-default', 'UseDevelopmentStorage=true for local blob storage', r'''
using Azure.Storage.Blobs;

namespace Media.Artwork.Tests;

public static class LocalBlobs
{
    public static BlobServiceClient Create() => new("UseDevelopmentStorage=true");
}
'''),
('azurite_well_known_account_key', 'emulator-default', 'Azurite devstoreaccount1 well-known key in a local connection string', r'''
namespace Telemetry.Tests;

public static class Azurite
{
    public const string Blob =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
}
'''),
('rabbitmq_guest_guest_local', 'emulator-default', 'RabbitMQ guest/guest default for a local broker', r'''
using RabbitMQ.Client;

namespace Shipping.Tests;

public static class LocalBroker
{
    public static ConnectionFactory Factory() => new()
    {
        HostName = "localhost",
        UserName = "guest",
        Password = "guest",
    };
}
'''),
('minio_default_admin', 'emulator-default', 'MinIO minioadmin/minioadmin for a local S3 emulator', r'''
using Amazon.S3;
using Amazon.Runtime;

namespace Media.Storage.Tests;

public static class LocalMinio
{
    public static IAmazonS3 Client() => new AmazonS3Client(
        new BasicAWSCredentials("minioadmin", "minioadmin"),
        new AmazonS3Config { ServiceURL = "http://localhost:9000", ForcePathStyle = true });
}
'''),
('localstack_test_test', 'emulator-default', 'LocalStack test/test credentials for an SQS client', r'''
using Amazon.Runtime;
using Amazon.SQS;

namespace Orders.Tests;

public static class LocalStackQueues
{
    public static IAmazonSQS Client() => new AmazonSQSClient(
        new BasicAWSCredentials("test", "test"),
        new AmazonSQSConfig { ServiceURL = "http://localhost:4566" });
}
'''),
('cosmos_emulator_key', 'emulator-default', 'Cosmos DB emulator published key', r'''
using Microsoft.Azure.Cosmos;

namespace Reviews.Tests;

public static class CosmosEmulator
{
    public const string Endpoint = "https://localhost:8081/";
    public const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    public static CosmosClient Create() => new(Endpoint, Key);
}
'''),
('eventstore_default_admin_changeit', 'emulator-default', 'EventStoreDB published default admin/changeit against a local insecure node', r'''
using EventStore.Client;

namespace Ledger.Tests;

public static class LocalEventStore
{
    public static EventStoreClient Create()
    {
        var settings = EventStoreClientSettings.Create("esdb://localhost:2113?tls=false");
        settings.DefaultCredentials = new UserCredentials("admin", "changeit");
        return new EventStoreClient(settings);
    }
}
'''),
('rfc6749_token_response_example', 'doc-example', 'RFC 6749 example access token, refresh token and client secret in a parser test', r'''
using Xunit;

namespace Sso.Tests;

public class TokenResponseTests
{
    [Fact]
    public void Parses_rfc_example()
    {
        const string json = "{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example\",\"expires_in\":3600,\"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}";
        var response = TokenResponse.Parse(json);
        Assert.Equal(3600, response.ExpiresIn);
        var basic = TokenRequest.BasicHeader("s6BhdRkqt3", "7Fjfp0ZBr1KtDRbnfVdmIw");
        Assert.StartsWith("Basic ", basic);
    }
}
'''),
('jwtio_example_token_decode', 'doc-example', "jwt.io's example token in a decoding test", r'''
using Xunit;

namespace Gateway.Tests;

public class JwtDecodeTests
{
    private const string Example = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    [Fact]
    public void Reads_name() => Assert.Equal("John Doe", JwtPayload.Read(Example).GetProperty("name").GetString());
}
'''),
('aws_documentation_key_pair', 'doc-example', "AWS documentation's example access key pair in a signing test", r'''
using Xunit;

namespace Media.Storage.Tests;

public class SigV4Tests
{
    [Fact]
    public void Signs_like_the_documentation()
    {
        var signer = new SigV4Signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
        Assert.NotEmpty(signer.Sign(new HttpRequestMessage(HttpMethod.Get, "https://examplebucket.s3.amazonaws.com/test.txt")));
    }
}
'''),
('unsigned_jwt_alg_none', 'unsigned-token', 'alg=none token without a signature in a rejection test', r'''
using Xunit;

namespace Gateway.Tests;

public class AlgNoneTests
{
    [Fact]
    public void Rejects_unsigned()
    {
        const string unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJvd25lciJ9.";
        Assert.False(TokenValidator.Validate(unsigned).IsValid);
    }
}
'''),
('tenant_client_guid_ids', 'identifier', 'tenant and client GUIDs of an app registration', r'''
namespace Portal.Web;

public static class EntraApp
{
    public const string TenantId = "3f9a2c71-5d4b-4e8a-9c0f-1b2d3e4f5a6b";
    public const string ClientId = "a1b2c3d4-e5f6-4789-8abc-def012345678";
    public const string Instance = "https://login.microsoftonline.com/";
}
'''),
('keyvault_secret_uri_identifier', 'identifier', 'Key Vault secret URI with a version', r'''
using Azure.Security.KeyVault.Secrets;

namespace Ops.Runtime;

public static class SecretLocations
{
    public static readonly Uri DbPasswordUri = new("https://ops-runtime-kv.vault.azure.net/secrets/db-password/6f1d2e3c4b5a49688778695a4b3c2d1e");

    public static KeyVaultSecretIdentifier Parse() => new(DbPasswordUri);
}
'''),
('certificate_thumbprint', 'identifier', 'certificate thumbprint used to find a signing certificate', r'''
using System.Security.Cryptography.X509Certificates;

namespace Signing;

public static class CertificateLookup
{
    public const string SigningThumbprint = "7A3F91C0D2B8E64F5A1C9D0E3B7F2A6C8D4E1B05";

    public static X509Certificate2? Find()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        return store.Certificates.Find(X509FindType.FindByThumbprint, SigningThumbprint, false).FirstOrDefault();
    }
}
'''),
('commandline_password_option', 'setting-name', 'System.CommandLine option named --password with its description', r'''
using System.CommandLine;

namespace Store.Cli;

public static class Options
{
    public static readonly Option<string> Password = new("--password", "-p")
    {
        Description = "Password of the administrator account (read from STORE_ADMIN_PASSWORD when omitted).",
    };

    public static readonly Option<string> ApiKey = new("--api-key") { Description = "API key issued by the store." };
}
'''),
('usage_help_text', 'message', 'usage text listing --password and --token options', r'''
namespace Backup.Cli;

public static class Help
{
    public const string Usage =
        "usage: backup-agent [options]\n" +
        "  -u, --user <USER>          account on the NAS\n" +
        "  -p, --password <PASSWORD>  password of that account\n" +
        "      --token <TOKEN>        API token instead of a password\n";
}
'''),
('invalid_login_exception_message', 'message', 'exception messages about invalid passwords and tokens', r'''
namespace Accounts.Errors;

public sealed class AuthenticationFailedException : Exception
{
    public const string InvalidCredentials = "Invalid username or password.";
    public const string ExpiredToken = "The access token has expired; sign in again.";

    public AuthenticationFailedException(string message) : base(message) { }
}
'''),
('missing_api_key_log_message', 'message', 'log message templates about a missing API key', r'''
using Microsoft.Extensions.Logging;

namespace Metadata.Providers;

public static class ProviderLog
{
    public static void ApiKeyMissing(ILogger logger, string provider) =>
        logger.LogWarning("API key for {Provider} is missing; skipping metadata refresh", provider);

    public static void SecretRotated(ILogger logger) => logger.LogInformation("Client secret rotated; new secret takes effect on restart");
}
'''),
('localization_password_label_keys', 'setting-name', 'resource keys for password labels', r'''
namespace Store.Web.Resources;

public static class LoginText
{
    public const string PasswordLabel = "Login.PasswordLabel";
    public const string ForgotPassword = "Login.ForgotPassword";
    public const string ApiKeyHint = "Settings.ApiKeyHint";
}
'''),
('not_a_real_secret_dummy', 'test-dummy', 'test values that say they are not real', r'''
using Xunit;

namespace Portal.Tests;

public class ClientSecretOptionsTests
{
    [Fact]
    public void Binds_secret()
    {
        var options = new OidcClientOptions { ClientId = "portal-web", ClientSecret = "not-a-real-secret" };
        Assert.Equal("not-a-real-secret", options.ClientSecret);
    }
}
'''),
('bad_api_key_case_name', 'test-dummy', 'a case named _badApiKey holding a worded value', r'''
using Xunit;

namespace Gateway.Tests;

public class ApiKeyFilterTests
{
    private const string _badApiKey = "bad-key";

    [Fact]
    public async Task Rejects_unknown_key()
    {
        var result = await ApiKeyFilter.CheckAsync(_badApiKey);
        Assert.False(result.Allowed);
    }
}
'''),
('worded_access_token_standin', 'test-dummy', 'worded access token stand-in in a handler test', r'''
using Xunit;

namespace Library.Tests;

public class TokenForwardingTests
{
    [Fact]
    public void Forwards_token()
    {
        var handler = new ForwardingHandler { AccessToken = "token-for-alice" };
        Assert.Equal("Bearer token-for-alice", handler.HeaderValue());
    }
}
'''),
('azure_sql_ad_default_conn', 'no-credential-conn', 'Azure SQL connection string with Active Directory Default', r'''
using Microsoft.Data.SqlClient;

namespace Store.Reports;

public static class AzureSql
{
    public static SqlConnection Create() =>
        new("Server=tcp:store-reports.database.windows.net,1433;Database=reports;Authentication=Active Directory Default;Encrypt=True");
}
'''),
('sqlite_data_source', 'no-credential-conn', 'SQLite data source with cache mode', r'''
using Microsoft.Data.Sqlite;

namespace Media.Library;

public static class LibraryDb
{
    public static SqliteConnection Open(string dataDir)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "library.db")};Cache=Shared;Pooling=True");
        connection.Open();
        return connection;
    }
}
'''),
('servicebus_keyname_without_key', 'no-credential-conn', 'Service Bus text with SharedAccessKeyName but no key, and a managed identity namespace', r'''
namespace Orders.Docs;

public static class ServiceBusShapes
{
    public const string KeyNameOnly = "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey";
    public const string Namespace = "orders-prod.servicebus.windows.net";
}
'''),
('redis_conn_without_password', 'no-credential-conn', 'StackExchange.Redis configuration string without a password', r'''
using StackExchange.Redis;

namespace Media.Sessions;

public static class LocalCache
{
    public static ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect("cache.internal:6379,abortConnect=false,ssl=false,connectTimeout=2000");
}
'''),
('empty_sasl_password_entry', 'setting-name', 'in-memory config with empty credential entries', r'''
using Microsoft.Extensions.Configuration;

namespace Telemetry.Tests;

public static class KafkaConfig
{
    public static IConfiguration Anonymous() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = "localhost:9092",
            ["Kafka:SaslUsername"] = "",
            ["Kafka:SaslPassword"] = "",
        })
        .Build();
}
'''),
('feature_switch_under_apikey', 'setting-name', 'switch states under credential-sounding setting names', r'''
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests;

public static class Switches
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:ApiKey:Enabled"] = "true",
            ["Auth:Password"] = "false",
            ["Smtp:RequireAuthentication"] = "false",
        })
        .Build();
}
'''),
('getsection_trygetvalue_lookups', 'runtime-value', 'configuration and form lookups by credential-named keys', r'''
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Sso.Endpoints;

public static class TokenEndpoint
{
    public static string? ClientSecret(IFormCollection form, IConfiguration config)
    {
        var section = config.GetSection("Clients:Password");
        if (form.TryGetValue("client_secret", out var secret)) return secret.ToString();
        return section.Value;
    }
}
'''),
('password_grant_form_fields', 'setting-name', 'token request form with grant_type=password and run-time values', r'''
namespace Sso.Client;

public static class PasswordGrant
{
    public static FormUrlEncodedContent Build(string user, string password, string clientSecret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["username"] = user,
        ["password"] = password,
        ["client_id"] = "legacy-desktop",
        ["client_secret"] = clientSecret,
    });
}
'''),
('apikey_scheme_name', 'setting-name', 'authentication scheme named ApiKey', r'''
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Auth;

public static class ApiKeyDefaults
{
    public const string AuthenticationScheme = "ApiKey";
    public const string Policy = "RequireApiKey";

    public static AuthenticationBuilder AddApiKey(this AuthenticationBuilder builder) =>
        builder.AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(AuthenticationScheme, null);
}
'''),
('header_compare_with_configured_key', 'runtime-value', 'incoming header compared with a configured key in constant time', r'''
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Auth;

public sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var provided = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].ToString());
        var expected = Encoding.UTF8.GetBytes(options.Value.ApiKey);
        if (!CryptographicOperations.FixedTimeEquals(provided, expected)) { context.Response.StatusCode = 401; return; }
        await next(context);
    }
}
'''),
('options_validator_required_secret', 'validator', 'IValidateOptions checking a client secret is set', r'''
using Microsoft.Extensions.Options;

namespace Portal.Web;

public sealed class OidcOptionsValidator : IValidateOptions<OidcClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
            return ValidateOptionsResult.Fail("ClientSecret is required; set Oidc__ClientSecret.");
        if (options.ClientSecret.Length < 16)
            return ValidateOptionsResult.Fail("ClientSecret is too short.");
        return ValidateOptionsResult.Success;
    }
}
'''),
('sha256_test_vector', 'hash', 'SHA-256 of "abc" (FIPS 180-2 test vector) in a hashing test', r'''
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Signing.Tests;

public class DigestTests
{
    [Fact]
    public void Sha256_of_abc()
    {
        var expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes("abc"))).ToLowerInvariant());
    }
}
'''),
('salt_base64_under_salt_name', 'hash', 'base64 salt under a Salt name for key derivation tests', r'''
using System.Security.Cryptography;

namespace Accounts.Tests;

public static class KdfFixtures
{
    public static readonly byte[] Salt = Convert.FromBase64String("q2Xw7Kp1Zr9Lm4Nb0Vc8Tg==");
    public const string ExpectedHashBase64 = "o9H1mC3sX7bQ2vK8pL5nR4tY6wE0zA1dF3gJ5hM7kN9q";
}
'''),
('spki_pin_sha256', 'hash', 'SPKI SHA-256 pins of the metadata provider', r'''
namespace Metadata.Providers;

public static class Pins
{
    public static readonly string[] PinnedSpkiSha256 =
    [
        "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=",
        "YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=",
    ];
}
'''),
('string_format_password_placeholder', 'placeholder', 'string.Format with {0} for a password read at run time', r'''
namespace Store.Reports;

public static class LegacyConnection
{
    private const string Template = "Server=erp-db.internal;Database=erp;User Id=erp_reader;Password={0};";

    public static string Build() => string.Format(Template, Environment.GetEnvironmentVariable("ERP_DB_PASSWORD"));
}
'''),
('airflow_jinja_conn_password', 'placeholder', 'Airflow Jinja templates referring to a connection password', r'''
namespace Pipelines.Templates;

public static class DagSnippets
{
    public const string PsqlCommand = "PGPASSWORD='{{ conn.warehouse.password }}' psql -h {{ conn.warehouse.host }} -U {{ conn.warehouse.login }} -c 'select 1'";
}
'''),
('windows_percent_env_placeholder', 'placeholder', 'batch text with %SMTP_PASSWORD% expansion', r'''
namespace Deploy.Scripts;

public static class WindowsScripts
{
    public const string SendReport =
        "@echo off\r\n" +
        "blat report.txt -to ops@contoso.test -server smtp.contoso.test -u reports -pw %SMTP_PASSWORD%\r\n";
}
'''),
('app_service_keyvault_reference', 'placeholder', 'App Service Key Vault references as setting values', r'''
namespace Ops.Deploy;

public static class AppSettings
{
    public static readonly Dictionary<string, string> Values = new()
    {
        ["Smtp__Password"] = "@Microsoft.KeyVault(SecretUri=https://ops-runtime-kv.vault.azure.net/secrets/smtp-password/)",
        ["ConnectionStrings__Store"] = "@Microsoft.KeyVault(VaultName=ops-runtime-kv;SecretName=store-connection)",
    };
}
'''),
('keyvault_secret_names', 'setting-name', 'Key Vault secret names read at start-up', r'''
using Azure.Security.KeyVault.Secrets;

namespace Ledger.Api;

public sealed class SecretNames
{
    public const string AdminPassword = "eventstore-admin-password";
    public const string CertificatePassword = "eventstore-certificate-password";

    public static async Task<string> ReadAdminAsync(SecretClient client) => (await client.GetSecretAsync(AdminPassword)).Value.Value;
}
'''),
('stripe_publishable_key', 'public-key', 'Stripe publishable key rendered into a checkout page', r'''
namespace Store.Web.Checkout;

public sealed class CheckoutModel
{
    public string PublishableKey { get; } = "pk_live_51Nq8ZxEuR2v7Kc0LmT4dYp9WbQ3sJ6hF1aG8eD5cX2zV0nM7kL4jH9gF6dS3aQ1wE8rT5yU2iO0pZ";
    public string Currency { get; } = "eur";
}
'''),
('aadsts_error_code_case', 'identifier', 'Entra error code under an InvalidClientSecret name', r'''
namespace Portal.Web.Errors;

public static class EntraErrors
{
    public const string InvalidClientSecret = "AADSTS7000215";
    public const string ExpiredClientSecret = "AADSTS7000222";

    public static bool IsSecretProblem(string message) => message.Contains(InvalidClientSecret) || message.Contains(ExpiredClientSecret);
}
'''),
('env_var_sentence_message', 'message', 'sentence telling the operator which variable to set', r'''
namespace Ledger.Api;

public static class StartupChecks
{
    public static void RequireCertificatePassword()
    {
        if (Environment.GetEnvironmentVariable("EVENTSTORE_CERTIFICATE_PASSWORD") is null)
            throw new InvalidOperationException("Set the EVENTSTORE_CERTIFICATE_PASSWORD environment variable to the password of the node certificate.");
    }
}
'''),
('sqlcmd_usage_placeholders', 'placeholder', 'sqlcmd usage text with <user> and <password>', r'''
namespace Store.Migrations;

public static class Instructions
{
    public const string Manual = "Run: sqlcmd -S <server> -d store -U <user> -P <password> -i migrate.sql";
}
'''),
('password_generator_alphabet', 'identifier', 'alphabet of a password generator', r'''
using System.Security.Cryptography;

namespace Accounts.Invitations;

public static class TemporaryPasswords
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Next(int length = 16) =>
        new(Enumerable.Range(0, length).Select(_ => PasswordAlphabet[RandomNumberGenerator.GetInt32(PasswordAlphabet.Length)]).ToArray());
}
'''),
('empty_password_property_default', 'setting-name', 'options class with empty credential defaults', r'''
namespace Transfer.Options;

public sealed class FtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 21;
    public string User { get; set; } = "anonymous";
    public string Password { get; set; } = string.Empty;
    public string? PrivateKeyPassphrase { get; set; }
}
'''),
('keyboard_run_password_test', 'test-dummy', 'keyboard run as a password in a complexity test', r'''
using Xunit;

namespace Accounts.Tests;

public class ComplexityTests
{
    [Theory]
    [InlineData("qwertyuiop")]
    [InlineData("12345678")]
    public void Rejects_weak(string password) => Assert.NotEmpty(PasswordRules.Check(password));
}
'''),
('name_repeated_as_value', 'test-dummy', 'credential names repeated as their values in a binding test', r'''
using Xunit;

namespace Newsletter.Tests;

public class MailjetOptionsTests
{
    [Fact]
    public void Binds()
    {
        var options = new MailjetOptions { ApiKey = "apiKey", ApiSecret = "apiSecret" };
        Assert.Equal("apiSecret", options.ApiSecret);
    }
}
'''),
('json_property_names', 'setting-name', 'JsonPropertyName attributes for token response fields', r'''
using System.Text.Json.Serialization;

namespace Sso.Client;

public sealed class TokenResponse
{
    [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
    [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
    [JsonPropertyName("client_secret_expires_at")] public long? ClientSecretExpiresAt { get; set; }
}
'''),
('display_datatype_attributes', 'message', 'view model with Display and DataType attributes on password fields', r'''
using System.ComponentModel.DataAnnotations;

namespace Store.Web.Models;

public sealed class ChangePasswordModel
{
    [Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string OldPassword { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "New password"), StringLength(128, MinimumLength = 12, ErrorMessage = "The {0} must be at least {2} characters long.")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The new password and confirmation password do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
'''),
('base64_png_placeholder_avatar', 'binary-data', 'base64 PNG of a placeholder avatar', r'''
namespace Media.Web;

public static class Avatars
{
    public const string PlaceholderPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
'''),
('token_format_regexes', 'identifier', 'regular expressions of token formats in a secret scanner', r'''
using System.Text.RegularExpressions;

namespace Observability.Redaction;

public static class TokenPatterns
{
    public static readonly Regex GitHub = new(@"\bgh[pousr]_[A-Za-z0-9]{36}\b", RegexOptions.Compiled);
    public static readonly Regex Slack = new(@"\bxox[abposr]-[0-9A-Za-z-]{10,}\b", RegexOptions.Compiled);
    public static readonly Regex Stripe = new(@"\bsk_(live|test)_[0-9A-Za-z]{24,}\b", RegexOptions.Compiled);
}
'''),
('german_translations_password', 'message', 'German UI translations keyed by Password and ApiKey', r'''
namespace Store.Web.Localization;

public static class German
{
    public static readonly IReadOnlyDictionary<string, string> Strings = new Dictionary<string, string>
    {
        ["Password"] = "Passwort",
        ["ApiKey"] = "API-Schlüssel",
        ["ClientSecret"] = "Geheimer Clientschlüssel",
    };
}
'''),
('masked_display_value', 'placeholder', 'secret values masked for display', r'''
namespace Ops.Dashboard;

public static class SecretDisplay
{
    public const string Mask = "••••••••";

    public static string Show(string? value) => string.IsNullOrEmpty(value) ? "(not set)" : Mask;
}
'''),
('redacted_connection_string_log', 'placeholder', 'connection string with the password redacted for logging', r'''
using Microsoft.Extensions.Logging;

namespace Store.Data;

public static class ConnectionLog
{
    public static void Write(ILogger logger) =>
        logger.LogInformation("Connecting with {ConnectionString}", "Server=sql-prod-01.store.internal;Database=Store;User Id=store_app;Password=*****;");
}
'''),
('uri_userinfo_without_password', 'no-credential-conn', 'URIs with a user but no password, and a port after the host', r'''
namespace Deploy.Remote;

public static class Endpoints
{
    public static readonly Uri Git = new("ssh://git@git.build.internal:2222/platform/deploy.git");
    public static readonly Uri Metrics = new("https://metrics@telemetry.internal/ingest");
}
'''),
('secret_name_variable_lookup', 'setting-name', 'variables holding the names of secrets, not their values', r'''
namespace Pipelines.Config;

public sealed class ConnectionLookup
{
    public string WarehousePasswordSecretName { get; init; } = "airflow-connections-warehouse";
    public string FernetKeyVariable { get; init; } = "AIRFLOW__CORE__FERNET_KEY";
    public string ClientSecretSetting { get; init; } = "AzureAd:ClientSecret";
}
'''),
('integrated_security_sql', 'no-credential-conn', 'SQL Server connection with Integrated Security and a Trusted_Connection', r'''
using Microsoft.Data.SqlClient;

namespace Legacy.Erp;

public static class ErpSql
{
    public const string Windows = "Data Source=erp-sql01;Initial Catalog=ERP;Integrated Security=SSPI;TrustServerCertificate=True";

    public static SqlConnection Create() => new(Windows);
}
'''),
('hmac_rfc4231_jefe', 'doc-example', 'RFC 4231 HMAC test vector key "Jefe" in a test', r'''
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Webhooks.Tests;

public class HmacVectorTests
{
    [Fact]
    public void Rfc4231_case2()
    {
        using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("Jefe"));
        var mac = hmac.ComputeHash(Encoding.ASCII.GetBytes("what do ya want for nothing?"));
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Convert.ToHexString(mac).ToLowerInvariant());
    }
}
'''),
('google_authenticator_example_secret', 'doc-example', "Google Authenticator documentation's example TOTP secret", r'''
using Xunit;

namespace Accounts.Tests;

public class TotpUriTests
{
    [Fact]
    public void Builds_key_uri()
    {
        var uri = TotpUri.Build("Example", "alice@google.com", "JBSWY3DPEHPK3PXP");
        Assert.Equal("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example", uri);
    }
}
'''),
('token_without_signature_fragment', 'unsigned-token', 'JWT header and payload without a signature used to build a test token', r'''
namespace Gateway.Tests;

public static class TokenParts
{
    public const string HeaderAndPayload = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXZpY2UtNzczMSJ9.";

    public static string WithSignature(string signature) => HeaderAndPayload + signature;
}
'''),
('certificate_serial_and_key_id', 'identifier', 'key id and certificate serial number as hex', r'''
namespace Signing;

public static class KeyIds
{
    public const string CurrentKeyId = "9c4e1f0a7b3d2e6f";
    public const string CertificateSerial = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    public const string JwksUri = "https://sso.contoso-internal.test/.well-known/jwks.json";
}
'''),
('apikey_from_user_secrets', 'runtime-value', 'API key read from user secrets through options binding', r'''
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Metadata.Providers;

public static class ProviderSetup
{
    public static IServiceCollection AddTmdb(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<TmdbOptions>(o =>
        {
            o.ApiKey = config["Tmdb:ApiKey"] ?? string.Empty;
            o.Language = config["Tmdb:Language"] ?? "en-US";
        });
        return services;
    }
}
'''),
('change_me_defaults', 'placeholder', 'changeme and REPLACE_ME defaults in a sample compose file', r'''
namespace DevEnv.Generator;

public static class SampleCompose
{
    public const string Text =
        "services:\n" +
        "  db:\n" +
        "    environment:\n" +
        "      - POSTGRES_PASSWORD=changeme\n" +
        "      - ADMIN_API_KEY=REPLACE_ME\n";
}
'''),
('ciphertext_bitwarden_style', 'ciphertext', 'encrypted string iv|data|mac under EncryptedPassword', r'''
namespace Vault.Tests;

public static class CipherFixtures
{
    public const string EncryptedPassword = "2.Zm9vYmFyYmF6cXV4MTIzNA==|bXlEYXRhQmxvY2tPZkNpcGhlcnRleHQxMjM0NTY3OA==|c2lnbmF0dXJlTWFjVmFsdWUxMjM0NTY3ODkwYWJjZGVmZ2g=";
}
'''),
]
