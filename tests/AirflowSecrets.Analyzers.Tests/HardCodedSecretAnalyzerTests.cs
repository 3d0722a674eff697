using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using AirflowSecrets.Analyzers;
using Verifier = AirflowSecrets.Generators.Tests.Support.AnalyzerVerifier<AirflowSecrets.Analyzers.HardCodedSecretAnalyzer>;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>AFS101-AFS104 on small programs: what is found, where it is reported, and what stays silent.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Test inputs of the hard-coded-secret analyzer: made-up values in the formats it must find.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Test inputs of the hard-coded-secret analyzer: made-up values in the formats it must find.")]
[SuppressMessage("AirflowSecrets.Security", "AFS104", Justification = "Test inputs of the hard-coded-secret analyzer: made-up values in the formats it must find.")]
public sealed class HardCodedSecretAnalyzerTests
{
    private const string EntraSecret = "Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789a";

    [Fact]
    public Task AFS101_a_client_secret_passed_to_ClientSecretCredential() => Verifier.VerifyAsync("""
        using Azure.Identity;
        class Job
        {
            ClientSecretCredential Create() => new ClientSecretCredential("tenant", "client", {|#0:"s3cr3t-value!"|});
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret)"));

    [Fact]
    public Task AFS101_follows_constants_locals_concatenation_and_fallbacks() => Verifier.VerifyAsync("""
        using System;
        using Azure.Identity;
        class Job
        {
            const string Part = {|#0:"p4ss-"|};
            static readonly string Shared = {|#1:"w0rd-2024"|};
            void Run(string? fromEnv)
            {
                var local = {|#2:"h1dden-v4lue"|};
                _ = new ClientSecretCredential("t", "c", local);
                _ = new ClientSecretCredential("t", "c", Shared);
                _ = new ClientSecretCredential("t", "c", {|#3:Part + "tail99"|});
                _ = new ClientSecretCredential("t", "c", Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? {|#4:"dev-fallback-77"|});
                _ = new ClientSecretCredential("t", "c", fromEnv is null ? {|#5:"other-fallback-88"|} : fromEnv);
            }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(2).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret) (through 'local')"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(1).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret) (through 'Shared')"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(3).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(4).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(5).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret)"));

    [Fact]
    public Task AFS101_members_parameters_defaults_and_comparisons_named_like_credentials() => Verifier.VerifyAsync("""
        using System.Net;
        class Options { public string? Password { get; set; } public string? PasswordSecretName { get; set; } }
        record Settings(string ApiKey = {|#0:"k-2f9a7c4e1b8d3a6f"|}, string Token = "valid-token");
        class Job
        {
            private string clientSecret = {|#1:"cl13nt-s3cret"|};
            void Run(string password, string input)
            {
                var options = new Options { Password = {|#2:"Winter2024!"|}, PasswordSecretName = "db-password" };
                var credential = new NetworkCredential("svc", {|#3:"n3tw0rk!"|});
                if (password == {|#4:"letmein123"|}) { }
                if (input == "letmein123") { }
            }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("An API key", "used as the default of parameter 'ApiKey'"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(1).WithArguments("A client secret", "stored in field 'clientSecret'"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(2).WithArguments("A password", "assigned to 'Password'"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(3).WithArguments("A password", "passed to NetworkCredential(password)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(4).WithArguments("A password", "compared with 'password'"));

    [Fact]
    public Task AFS101_is_silent_for_run_time_values_placeholders_and_names() => Verifier.VerifyAsync("""
        using System;
        using Azure.Identity;
        class Job
        {
            const string SecretEnvironmentVariable = "AZURE_CLIENT_SECRET";
            void Run(string fromCaller)
            {
                _ = new ClientSecretCredential("t", "c", Environment.GetEnvironmentVariable(SecretEnvironmentVariable)!);
                _ = new ClientSecretCredential("t", "c", fromCaller);
                _ = new ClientSecretCredential("t", "c", "<your-client-secret>");
                _ = new ClientSecretCredential("t", "c", "${AZURE_CLIENT_SECRET}");
                _ = new ClientSecretCredential("t", "c", "fake-client-secret");
                _ = new ClientSecretCredential("t", "c", "REPLACE_ME");
                _ = new ClientSecretCredential("t", "c", "");
                _ = new ClientSecretCredential("t", "c", "xxxxxxxx");
                _ = new ClientSecretCredential("t", "c", "AZURE_CLIENT_SECRET");
                _ = new ClientSecretCredential("t", "c", $"{fromCaller}");
                string password = fromCaller;
                Console.WriteLine("Enter your password:");
            }
        }
        """);

    [Fact]
    public Task AFS102_secret_environment_and_configuration_entries() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        class Job
        {
            void Run()
            {
                Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", {|#0:"q9-secret-w8"|});
                Environment.SetEnvironmentVariable("AIRFLOW__CORE__FERNET_KEY", {|#1:"fernet-k3y-value"|});
                var start = new ProcessStartInfo("airflow");
                start.Environment["DB_PASSWORD"] = {|#2:"pg-pass-41"|};
                var config = new Dictionary<string, string?>
                {
                    ["AzureAd:ClientSecret"] = {|#3:"azure-ad-s3cret"|},
                    ["AzureAd:ClientId"] = "0b5c3f4e-7d2a-4c1b-9e8f-123456789abc",
                    ["AzureAd:ClientSecretName"] = "aad-client-secret",
                };
                Environment.SetEnvironmentVariable("AIRFLOW_VAR_REGION", "westeurope");
                Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", Environment.GetEnvironmentVariable("VAULT_SECRET"));
            }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(0).WithArguments("environment variable", "AZURE_CLIENT_SECRET", " and set with Environment.SetEnvironmentVariable"),
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(1).WithArguments("environment variable", "AIRFLOW__CORE__FERNET_KEY", " and set with Environment.SetEnvironmentVariable"),
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(2).WithArguments("environment variable", "DB_PASSWORD", ""),
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(3).WithArguments("configuration entry", "AzureAd:ClientSecret", ""));

    [Fact]
    public Task AFS103_connection_strings_uris_and_json_with_inline_credentials() => Verifier.VerifyAsync("""
        using System;
        class Job
        {
            const string Storage = {|#0:"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc123def456;EndpointSuffix=core.windows.net"|};
            void Run(string user)
            {
                var sql = {|#1:"Server=db;Database=etl;User Id=etl;Password=Sup3r!;"|};
                Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE", {|#2:"postgres://etl:pg-pw-9@db.internal:5432/warehouse"|});
                Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS", {|#3:"{\"vault_url\": \"https://v.vault.azure.net/\", \"client_secret\": \"kw-s3cret\"}"|});
                var conn = {|#4:$"mssql://{user}:pa55word@host/db"|};
                var sasUrl = {|#5:"https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=AbCdEf%2B123%3D"|};
                var json = {|#6:"{\"conn_type\": \"postgres\", \"host\": \"h\", \"login\": \"u\", \"password\": \"js0n-pw\"}"|};
            }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(0).WithArguments("A connection string with an inline AccountKey", " in field 'Storage'"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(1).WithArguments("A connection string with an inline Password", " and assigned to 'sql'"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(2).WithArguments("A URI with an inline password (postgres://user:password@…)", " and passed to Environment.SetEnvironmentVariable(value)"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(3).WithArguments("JSON with an inline \"client_secret\"", " and passed to Environment.SetEnvironmentVariable(value)"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(4).WithArguments("A URI with an inline password (mssql://user:password@…)", " and assigned to 'conn'"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(5).WithArguments("A shared access signature (sig=)", " and assigned to 'sasUrl'"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(6).WithArguments("JSON with an inline \"password\"", " and assigned to 'json'"));

    [Fact]
    public Task AFS103_is_silent_without_a_credential() => Verifier.VerifyAsync("""
        class Job
        {
            void Run(string password)
            {
                var a = "Server=tcp:db.database.windows.net;Database=etl;Authentication=Active Directory Default;";
                var b = "Server=db;Database=etl;Integrated Security=true";
                var c = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey";
                var d = "UseDevelopmentStorage=true";
                var e = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
                var f = $"Server=db;User Id=etl;Password={password};";
                var g = "postgres://etl@db.internal:5432/warehouse";
                var h = "postgres://etl:%DB_PASSWORD%@db/warehouse";
                var i = "grant_type=password&username=u&client_id=abc";
                var j = "{\"conn_type\": \"postgres\", \"password\": \"{{ conn.pg.password }}\"}";
                var k = "Server=db;Password=;";
                var l = "https://myvault.vault.azure.net/secrets/airflow-connections-db/0123456789abcdef0123456789abcdef";
            }
        }
        """);

    [Fact]
    public Task AFS104_known_secret_formats_anywhere() => Verifier.VerifyAsync($$"""
        class Job
        {
            string entra = {|#0:"{{EntraSecret}}"|};
            string jwt = {|#1:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.r8Vq2LmX7pT4kW9zN3bY6cJ1dF5hS0aG"|};
            string storage = {|#2:"pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFA=="|};
            string bus = {|#3:"kP3oX9vL2mQ8rT5wY1zA7bC4dE6fG0hJ2kL8mN3pQ5s="|};
            static string Pem() => {|#4:"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0\n-----END RSA PRIVATE KEY-----"|};
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.KnownSecretFormat).WithLocation(0).WithArguments("an Entra ID client secret", " in field 'entra'"),
        Verifier.Diagnostic(SecretDescriptors.KnownSecretFormat).WithLocation(1).WithArguments("a JSON Web Token", " in field 'jwt'"),
        Verifier.Diagnostic(SecretDescriptors.KnownSecretFormat).WithLocation(2).WithArguments("an Azure Storage or Cosmos DB account key", " in field 'storage'"),
        Verifier.Diagnostic(SecretDescriptors.KnownSecretFormat).WithLocation(3).WithArguments("a Service Bus or Event Hubs key", " in field 'bus'"),
        Verifier.Diagnostic(SecretDescriptors.KnownSecretFormat).WithLocation(4).WithArguments("a PEM private key", " and returned"));

    [Fact]
    public Task AFS104_is_silent_for_look_alikes() => Verifier.VerifyAsync("""
        class Job
        {
            string id = "0b5c3f4e-7d2a-4c1b-9e8f-123456789abc";
            string sha = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
            string thumbprint = "A909502DD82AE41433E6F83886B00D4277A32A7B";
            string tilde = "~/path/with~tilde/and Q~ in it";
            string nearlyEntra = "Abc8Q~short";
            string publicKey = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----";
            string words = "ThisIsJustAVeryLongSentenceWrittenInCamelCaseWithoutAnyNumbersAtAllOkay==";
        }
        """);

    [Fact]
    public Task One_finding_per_written_value_even_at_several_sinks() => Verifier.VerifyAsync("""
        using Azure.Identity;
        class Job
        {
            const string Secret = {|#0:"shared-s3cret-1"|};
            void Run()
            {
                _ = new ClientSecretCredential("t", "c", Secret);
                _ = new ClientSecretCredential("t2", "c2", Secret);
            }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A secret", "stored in field 'Secret'"));

    [Fact]
    public Task Utf8_verbatim_and_raw_literals_are_read_too() => Verifier.VerifyAsync(""""
        using System;
        class Job
        {
            ReadOnlySpan<byte> Key => {|#0:"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=utf8key123;"u8|};
            string Verbatim = {|#1:@"Server=db;Password=verb@tim1;"|};
            string Raw = {|#2:"""redis://:r4w-pass@cache:6379/0"""|};
        }
        """",
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(0).WithArguments("A connection string with an inline AccountKey", " and returned"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(1).WithArguments("A connection string with an inline Password", " in field 'Verbatim'"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(2).WithArguments("A URI with an inline password (redis://user:password@…)", " in field 'Raw'"));

    [Fact]
    public Task A_constant_prefix_does_not_hide_the_password_written_after_it() => Verifier.VerifyAsync("""
        class Job
        {
            const string Prefix = "Host=db;Username=etl;";
            const string Connection = {|#0:Prefix + "Password=C0ncat3nated!;Database=dw"|};
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(0).WithArguments("A connection string with an inline Password", " in field 'Connection'"));

    [Fact]
    public Task A_credential_constant_composed_into_a_string_is_reported_once_on_its_declaration() => Verifier.VerifyAsync("""
        class Job
        {
            const string Pwd = {|#0:"Interp0lated$Pw"|};
            const string Connection = $"Host=db;Username=etl;Password={Pwd}";
            static string Uri() => "postgresql://etl:" + Pwd + "@db/dw";
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A password", "stored in field 'Pwd'"));

    [Fact]
    public Task HMAC_keys_and_random_keys_returned_by_key_members() => Verifier.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Signer
        {
            static ReadOnlySpan<byte> Key => {|#0:"hmacKey-9s8d7f6g5h4j3k2l"u8|};
            static string PublicKey => "rsa-public";
            byte[] Sign(byte[] data) => HMACSHA256.HashData(Key, data);
            HMAC Make() => new HMACSHA256(Encoding.UTF8.GetBytes({|#1:"webhook-signing-secret"|}));
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A key", "returned by 'Key'"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(1).WithArguments("A signing key", "passed to HMACSHA256(key)"));

    [Fact]
    public Task A_uri_without_credentials_is_not_a_password_whatever_it_is_called() => Verifier.VerifyAsync("""
        class Options
        {
            public string MongoPwdUrl { get; set; } = "mongodb://cluster0.example.net:27017/airflow";
            public string PasswordResetLink { get; set; } = "https://accounts.example.com/reset";
        }
        """);

    [Fact]
    public Task Calls_the_compiler_cannot_bind_are_judged_by_argument_names_and_well_known_types() => Verifier.VerifyAsync("""
        class Job
        {
            object Storage() => new {|CS0246:StorageSharedKeyCredential|}("airflowlogs", {|#0:"c3RvcmFnZS1rZXktdmFsdWU="|});
            object Client() => new {|CS0246:PaymentsClient|}(endpoint: "https://api.example.com", apiKey: {|#1:"pay_live_5f8d2c9a1b7e"|});
            object Quiet() => new {|CS0246:PaymentsClient|}(endpoint: "https://api.example.com", name: "payments", apiKey: "<your-api-key>");
            object Builder() => new {|CS0246:SqlConnectionStringBuilder|} { DataSource = "sql01", UserID = "etl", Password = {|#2:"Bu1lder-Init!Pw"|} };
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("An account key", "passed to StorageSharedKeyCredential(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(1).WithArguments("An API key", "passed to PaymentsClient(apiKey)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(2).WithArguments("A password", "assigned to 'Password'"));

    [Fact]
    public Task Client_libraries_the_compiler_cannot_bind_are_sinks_by_type_and_method_name() => Verifier.VerifyAsync("""
        class Clients
        {
            object Mongo() => {|CS0103:MongoCredential|}.CreateCredential("admin", "ledger_rw", {|#0:"Quartz-harbor-lantern-61"|});
            object Mqtt() => new {|CS0246:MqttClientOptionsBuilder|}().WithTcpServer("mqtt.plant.internal", 8883).WithCredentials("gw-3", {|#1:"Ember-Falcon-willow-85"|});
            object Graph() => {|CS0103:AuthTokens|}.Basic("neo4j", {|#2:"Juniper-Orbit-Sable-48"|});
            object S3() => new {|CS0246:AmazonS3Client|}("AKIAQ7RZC4MPLX2WJD5N", {|#3:"kT3w9Qx2Lr8Vn4Zb6Hc1Fy7Pm5Jd0Sg2Ua9Xe3Wq"|});
            object Mail() => new {|CS0246:SendGridClient|}({|#4:"SG.Qm4xTz8rWv2Lk9Pn3Hs7Yd.Jb6Fc1Ug5Xe0Ra8Mw4Nt2Kq7Vz3Lp9Sd6Hy1Gc5Ef"|});
            void Sms() => {|CS0103:TwilioClient|}.Init("AC5e1f9c2b7a3d8e4f6a0b1c2d3e4f5a6b7", {|#5:"9c4e2a7f1b8d3e6a0f5c2b9d7e4a1f3c"|});
            object Mailgun() => new {|CS0246:HttpBasicAuthenticator|}("api", {|#6:"key-5d2a9f7c1e8b3a6d4f0c9e2b7a1d8f3e"|});
            object Key(System.IO.Stream key) => new {|CS0246:PrivateKeyFile|}(key, {|#7:"tundra falcon meadow lumen 45"|});
            void Bind(dynamic connection) => connection.Bind("cn=sync,dc=corp,dc=contoso,dc=com", {|#8:"Ldap-Bind-Falcon93"|});
            object MongoPlaceholder() => {|CS0103:MongoCredential|}.CreateCredential("admin", "ledger_rw", "<password>");
            object MailPlaceholder() => new {|CS0246:SendGridClient|}("SENDGRID_API_KEY");
            void SmsRuntime(string sid, string token) => {|CS0103:TwilioClient|}.Init(sid, token);
            void Other(dynamic cache) => cache.Bind("orders", "Ledger-Falcon-93");
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A password", "passed to CreateCredential(argument 3)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(1).WithArguments("A password", "passed to WithCredentials(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(2).WithArguments("A password", "passed to Basic(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(3).WithArguments("A secret access key", "passed to AmazonS3Client(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(4).WithArguments("An API key", "passed to SendGridClient(argument 1)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(5).WithArguments("An auth token", "passed to Init(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(6).WithArguments("A password", "passed to HttpBasicAuthenticator(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(7).WithArguments("A passphrase", "passed to PrivateKeyFile(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(8).WithArguments("A password", "passed to Bind(argument 2)"));

    [Fact]
    public Task A_value_after_a_credential_option_in_an_argument_list_and_a_formatted_connection_string() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using System.Diagnostics;
        class Job
        {
            string[] Arguments() => new[] { "users", "create", "--password", {|#0:"Arr4y-Arg-Pw"|}, "--role", "Admin" };
            List<string> More() => new List<string> { "--client-secret", {|#1:"L1st-Arg.Secret"|} };
            void Start(ProcessStartInfo psi)
            {
                psi.ArgumentList.Add("--password");
                psi.ArgumentList.Add({|#2:"Spl1t-Arg-Pw!"|});
                psi.ArgumentList.Add("--username");
                psi.ArgumentList.Add("admin");
            }
            string Connection(string host) => {|#3:string.Format("Server={0};User Id=etl;Password={1}", host, "Fmt-Pw-123!")|};
            string Quiet(string host, string password) => string.Format("Server={0};Password={1}", host, password);
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(0).WithArguments("command-line option", "--password", " as its argument"),
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(1).WithArguments("command-line option", "--client-secret", " as its argument"),
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(2).WithArguments("command-line option", "--password", " as its argument"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(3).WithArguments("A connection string with an inline Password", " and returned"));

    [Fact]
    public Task Unreferenced_SSH_FTP_table_and_Cosmos_clients_and_dynamic_calls_are_judged_by_position_and_name() => Verifier.VerifyAsync("""
        class Job
        {
            object Ssh() => new {|CS0246:SshClient|}("bastion.internal", "etl", {|#0:"Ssh-Cl1ent-Pw!"|});
            object SshWithPort() => new {|CS0246:SftpClient|}("bastion.internal", 22, "etl", {|#1:"Sftp-P0rt-Pw!"|});
            object Method() => new {|CS0246:PasswordAuthenticationMethod|}("etl", {|#2:"Sftp-Auth-Meth0d"|});
            object Ftp() => new {|CS0246:FtpClient|}("ftp.partner.com", "upload", {|#3:"Ftp-Cl1ent-Pw!"|});
            object Table() => new {|CS0246:TableSharedKeyCredential|}("etl", {|#4:"VGFibGVTaGFyZWRLZXlWYWx1ZQ=="|});
            object Cosmos() => new {|CS0246:CosmosClient|}("https://etl.documents.azure.com:443/", authKeyOrResourceToken: {|#5:"C0smos-Named-Auth-K3y-9z8y7x"|});
            void Mail(dynamic smtp) => smtp.Authenticate("alerts@example.com", {|#6:"Ma1lKit-Auth-Pw"|});
            object Quiet(string password) => new {|CS0246:SshClient|}("bastion.internal", "etl", password);
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A password", "passed to SshClient(argument 3)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(1).WithArguments("A password", "passed to SftpClient(argument 4)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(2).WithArguments("A password", "passed to PasswordAuthenticationMethod(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(3).WithArguments("A password", "passed to FtpClient(argument 3)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(4).WithArguments("An account key", "passed to TableSharedKeyCredential(argument 2)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(5).WithArguments("A token", "passed to CosmosClient(authKeyOrResourceToken)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(6).WithArguments("A password", "passed to Authenticate(argument 2)"));
}
