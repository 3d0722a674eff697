using System;
using System.IO;
using System.Security.Cryptography;

// Credentials given to common client libraries the sink table did not have: MongoDB's credential factory,
// Elasticsearch's authentication headers, MQTTnet's and the Cassandra driver's builders, Neo4j's auth tokens, AWS
// service clients and session credentials, SendGrid, Twilio, RestSharp's authenticators, an SSH.NET key file's
// passphrase and a PBKDF2 password. The same calls with a placeholder, a value read at run time or an empty value are
// not reported. The library types are stand-ins declared here (the corpus compiles without the packages).
namespace MongoDB.Driver
{
    public sealed class MongoCredential
    {
        public static MongoCredential CreateCredential(string databaseName, string username, string password) => new();
    }
}

namespace Elastic.Transport
{
    public sealed class BasicAuthentication { public BasicAuthentication(string username, string password) { } }
    public sealed class ApiKey { public ApiKey(string apiKey) { } }
}

namespace MQTTnet.Client
{
    public sealed class MqttClientOptionsBuilder
    {
        public MqttClientOptionsBuilder WithTcpServer(string server, int port) => this;
        public MqttClientOptionsBuilder WithCredentials(string username, string password) => this;
    }
}

namespace Cassandra
{
    public sealed class Builder
    {
        public Builder AddContactPoint(string address) => this;
        public Builder WithCredentials(string username, string password) => this;
    }
}

namespace Neo4j.Driver
{
    public sealed class AuthToken { }
    public static class AuthTokens { public static AuthToken Basic(string username, string password) => new(); }
}

namespace Amazon.Runtime
{
    public sealed class SessionAWSCredentials { public SessionAWSCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) { } }
}

namespace Amazon.S3
{
    public sealed class AmazonS3Client { public AmazonS3Client(string awsAccessKeyId, string awsSecretAccessKey) { } }
}

namespace SendGrid
{
    public sealed class SendGridClient { public SendGridClient(string apiKey) { } }
}

namespace Twilio
{
    public static class TwilioClient { public static void Init(string username, string password) { } }
}

namespace RestSharp.Authenticators
{
    public sealed class HttpBasicAuthenticator { public HttpBasicAuthenticator(string username, string password) { } }
    public sealed class JwtAuthenticator { public JwtAuthenticator(string accessToken) { } }
}

namespace Renci.SshNet
{
    public sealed class PrivateKeyFile { public PrivateKeyFile(Stream privateKey, string passPhrase) { } }
}

namespace Corpus.R4ClientLibrarySinks
{
    using Amazon.Runtime;
    using Amazon.S3;
    using Cassandra;
    using Elastic.Transport;
    using MongoDB.Driver;
    using MQTTnet.Client;
    using Neo4j.Driver;
    using Renci.SshNet;
    using RestSharp.Authenticators;
    using SendGrid;
    using Twilio;

    public static class Clients
    {
        public static MongoCredential Mongo() => MongoCredential.CreateCredential("admin", "ledger_rw", "Quartz-harbor-lantern-61"); // expect: AFS101
        public static MongoCredential MongoPlaceholder() => MongoCredential.CreateCredential("admin", "ledger_rw", "<password>");
        public static MongoCredential MongoRuntime(string password) => MongoCredential.CreateCredential("admin", "ledger_rw", password);

        public static BasicAuthentication Search() => new BasicAuthentication("indexer", "Tamarind#Vault27"); // expect: AFS101
        public static BasicAuthentication SearchPlaceholder() => new BasicAuthentication("indexer", "changeme");
        public static ApiKey SearchKey() => new ApiKey("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="); // expect: AFS101
        public static ApiKey SearchKeyRuntime() => new ApiKey(Environment.GetEnvironmentVariable("ES_API_KEY") ?? string.Empty);

        public static MqttClientOptionsBuilder Mqtt() => new MqttClientOptionsBuilder().WithTcpServer("mqtt.plant.internal", 8883).WithCredentials("gw-line-3", "Ember-Falcon-willow-85"); // expect: AFS101
        public static MqttClientOptionsBuilder MqttRuntime(string user, string password) => new MqttClientOptionsBuilder().WithCredentials(user, password);

        public static Builder Cassandra() => new Builder().AddContactPoint("cass-a.timeline").WithCredentials("timeline_rw", "Lm7%Rq2#Tz9v"); // expect: AFS101
        public static Builder CassandraPlaceholder() => new Builder().WithCredentials("timeline_rw", "your-password-here");

        public static AuthToken Graph() => AuthTokens.Basic("neo4j", "Juniper-Orbit-Sable-48"); // expect: AFS101
        public static AuthToken GraphEmpty() => AuthTokens.Basic("neo4j", "");

        public static AmazonS3Client S3() => new AmazonS3Client("AKIAQ7RZC4MPLX2WJD5N", "kT3w9Qx2Lr8Vn4Zb6Hc1Fy7Pm5Jd0Sg2Ua9Xe3Wq"); // expect: AFS101
        public static SessionAWSCredentials Session(string token) => new SessionAWSCredentials("ASIAQ7RZC4MPLX2WJD5N", "Wq3eX9aU2gS0dJ5mP7yF1cH6bZ4nV8rL2xQ9wT3k", token); // expect: AFS101
        public static AmazonS3Client S3Runtime(string id, string secret) => new AmazonS3Client(id, secret);

        public static SendGridClient Mail() => new SendGridClient("SG.Qm4xTz8rWv2Lk9Pn3Hs7Yd.Jb6Fc1Ug5Xe0Ra8Mw4Nt2Kq7Vz3Lp9Sd6Hy1Gc5Ef"); // expect: AFS101
        public static SendGridClient MailPlaceholder() => new SendGridClient("SENDGRID_API_KEY");

        public static void Sms() => TwilioClient.Init("AC5e1f9c2b7a3d8e4f6a0b1c2d3e4f5a6b7", "9c4e2a7f1b8d3e6a0f5c2b9d7e4a1f3c"); // expect: AFS101
        public static void SmsRuntime(string sid, string token) => TwilioClient.Init(sid, token);

        public static HttpBasicAuthenticator Mailgun() => new HttpBasicAuthenticator("api", "key-5d2a9f7c1e8b3a6d4f0c9e2b7a1d8f3e"); // expect: AFS101
        public static HttpBasicAuthenticator MailgunPlaceholder() => new HttpBasicAuthenticator("api", "<mailgun-api-key>");
        public static JwtAuthenticator Jwt() => new JwtAuthenticator("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImlhdCI6MTcwMDAwMDAwMH0.q8Vd2mX7pL3nR9sT5wY1zB4cF6hJ0kM2gA8eU3iO7tQ"); // expect: AFS101

        public static PrivateKeyFile Key(Stream key) => new PrivateKeyFile(key, "tundra falcon meadow lumen 45"); // expect: AFS101
        public static PrivateKeyFile KeyRuntime(Stream key, string passphrase) => new PrivateKeyFile(key, passphrase);

        public static byte[] Derive(byte[] salt) => Rfc2898DeriveBytes.Pbkdf2("nimbus raven glacier meadow 51", salt, 600_000, HashAlgorithmName.SHA256, 32); // expect: AFS101
        public static byte[] DeriveRuntime(string passphrase, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, 600_000, HashAlgorithmName.SHA256, 32);
    }
}

namespace Corpus.R4ClientLibraryHeaders
{
    using System.Net.Http;

    // API-key headers named by their service: Datadog's application key, GitLab's private token.
    public static class Headers
    {
        public static void Datadog(HttpClient http)
        {
            http.DefaultRequestHeaders.Add("DD-APPLICATION-KEY", "4f2c9e7a1b8d3f6e0a5c2b9d7e4a1f3c8b6d0e2a"); // expect: AFS101
            http.DefaultRequestHeaders.Add("DD-APPLICATION-KEY", "<application-key>");
        }

        public static void GitLab(HttpRequestMessage request, string token)
        {
            request.Headers.Add("PRIVATE-TOKEN", "glpat-Xk4mQ9rTz2Lw7Vn3Hb8P"); // expect: AFS101
            request.Headers.Add("PRIVATE-TOKEN", token);
            request.Headers.Add("PRIVATE-TOKEN", "your-private-token");
        }
    }
}
