using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AirflowSecrets.Analyzers.Tests.Support;
using AirflowSecrets.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Verifier = AirflowSecrets.Generators.Tests.Support.AnalyzerVerifier<AirflowSecrets.Analyzers.HardCodedSecretAnalyzer>;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// What public code bases showed the rules getting wrong (issue 17): each false alarm and miss, in the shape it had
/// there, as a small program. Also the rule priority, where findings are located, and the project's options.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Test inputs of the hard-coded-secret analyzer: made-up values in the shapes real code has.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Test inputs of the hard-coded-secret analyzer: made-up values in the shapes real code has.")]
[SuppressMessage("AirflowSecrets.Security", "AFS104", Justification = "Test inputs of the hard-coded-secret analyzer: made-up values in the shapes real code has.")]
public sealed class RealCodeShapesTests
{
    [Fact]
    public Task Placeholders_and_stand_ins_are_not_secrets() => Verifier.VerifyAsync("""
        using System;
        class Keys { public string? PrivateKey { get; set; } public string? EncryptedPrivateKey { get; set; } public string? MasterPassword { get; set; } public string? Password { get; set; } }
        class Fixtures
        {
            Keys A() => new Keys { Password = "password", PrivateKey = "privatekey", EncryptedPrivateKey = "encrypted-private-key", MasterPassword = "existing-hash" };
            Keys B() => new Keys { PrivateKey = "pk", EncryptedPrivateKey = "sk", Password = "new-password" };
            Keys C() => new Keys { Password = "ENTER KEY HERE", PrivateKey = "cred here" };
            Keys D() => new Keys { Password = "Enter the client secret value obtained from the portal" };
            string Ftp() => "ftp://user:secret@host/p";
            string Sql() => "Server=db;User Id=sa;Password=Password;";
            string Bus() => "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=[KEY]";
            string Fake() => new Keys { PrivateKey = "-----BEGIN FAKE OPENSSH PRIVATE KEY-----\nb3BlbnNz...\n-----END FAKE OPENSSH PRIVATE KEY-----" }.PrivateKey!;
        }
        """);

    [Fact]
    public Task Names_options_claims_and_signatures_are_not_values() => Verifier.VerifyAsync("""
        class Options
        {
            private const string AUTH_PASSWORD_OPTION = "aws-secret-access-key";
            private const string UserAccessToken = "user_token";
            public const string ClientSecret = "client_secret";
            public const string RefreshToken = "refresh_token";
            public const string FacebookClientSecret = "facebook-oauth2-client-secret";
            public const string OPTION_PASSWORD = "send-mail-password";
            public const string PasswordlessLogin = "pm-27086-update-authentication-apis-for-input-password";
            static void Call(string name, string signature) { }
            void DBus() { Call("GetSecrets", signature: "a{sv}(oayays)b"); }
            string Help() => "No files downloaded, try adding --passphrase to decrypt files";
            string Provider() => "Example use:\n    aws://?access-key=...&secret-key=...&region=us-east-1\n";
            string Message() => "Client secret not configured; set AZURE_CLIENT_SECRET";
        }
        """);

    [Fact]
    public Task Hashes_ciphertext_public_keys_and_published_values_are_not_secrets() => Verifier.VerifyAsync("""
        class Model { public string? MasterPasswordHash { get; set; } public string? Key { get; set; } public string? PublicKey { get; set; } }
        class Fixtures
        {
            const string Encrypted = "2.AOs41Hd8OQiCPXjyJKCiDA==|O6OHgt2U2hJGBSNGnimJmg==|iD33s8B69C8JhYYhSa4V1tArjvLr8eEaGqOV7BRo5Jk=";
            const string License = "license:organization|Enabled:true|Hash:n4g3leUf/egbnKk+/VgkJTvdxw2YRH6/zGgx89h+J60=|Id:1";
            Model A() => new Model { MasterPasswordHash = "c55hlJ/cfdvTd4awTXUqow6X3cOQCfGwn11o3HblnPs=", Key = "7.AOs41Hd8OQiCPXjyJKCiDA==" };
            Model B() => new Model { PublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwMj7W00xS7H0NWasGn7PfEq8VfH3fa5Xu" };
            string Bcrypt() => "$2a$10$BTqu.odQz6jLQAi70KbQJOYBcRHpbhP4uxqcfFXZalq4zUsQZGj/6";
            string Cosmos() => "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
            string Totp() { const string storedKey = "JBSWY3DPEHPK3PXP"; return storedKey; }
            string Ftp() => new System.Net.NetworkCredential("anonymous", "anonymous@example.com").Password;
        }
        """);

    [Fact]
    public Task A_test_hash_is_named_by_the_test_parameter_it_fills() => Verifier.VerifyAsync("""
        using System;
        [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
        sealed class DataRowAttribute : Attribute { public DataRowAttribute(params object[] values) { } }
        class HashingTests
        {
            [DataRow(1, "WlS48GNrs1hAhcNHPfV09TPTLhf03gExb6zpaKiwX5A=")]
            public void Verifies(int method, string expectedHash) { }

            [DataRow({|#0:"Dr0pped-Pa55!"|})]
            public void Logs_in(string password) { }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A password", "given to test parameter 'password'"));

    /// <summary>2,000 keys of the project's own attributes, word-and-number names included: no finding at all.</summary>
    [Fact]
    public async Task Keys_of_AirflowSecrets_attributes_are_names_never_credentials()
    {
        var source = new StringBuilder("using AirflowSecrets;\n");
        for (int i = 0; i < 2000; i++)
        {
            source.Append("[AirflowVariable(\"svc").Append(i).Append("_region\")] [AirflowConnection(\"warehouse_").Append(i).Append("_db\", Name = \"Db").Append(i).Append("\")] ")
                .Append("[AirflowConfig(\"core_token_").Append(i).Append("x9\")] public partial class Dag").Append(i).Append(" { }\n");
        }

        (ImmutableArray<Diagnostic> findings, IReadOnlyList<System.Exception> exceptions) =
            await TestCompilation.AnalyseAsync(TestCompilation.Create(source.ToString()), new HardCodedSecretAnalyzer());
        Assert.Empty(exceptions);
        Assert.Empty(findings.Where(d => d.Id.StartsWith("AFS1", System.StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Fact]
    public Task A_default_parameter_value_is_one_finding_not_one_per_call() => Verifier.VerifyAsync("""
        class Ftp
        {
            static void Upload(string host, string password = {|#0:"Dpl0y!Ftp#77"|}) { }
            static void Run() { Upload("a"); Upload("b"); Upload("c"); }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A password", "used as the default of parameter 'password'"));

    [Fact]
    public Task Misses_real_code_had_are_found() => Verifier.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Text;
        using Azure.Identity;
        class Clients
        {
            const string First = "Kx98Q~ab3dE5fG7hJ9kL";
            const string Second = "1mN3pQ5rS7tU9vW1xY3z";
            const string Whole = {|#0:First + Second|};
            string Mongo() => {|#1:"mongodb+srv://user:#Xx9kLm2@cluster0.example.net/db"|};
            void Airflow() => Environment.SetEnvironmentVariable("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", {|#2:"postgresql+psycopg2://airflow:kGYL3gGN#bRGrt@pg.internal/airflow"|});
            void Rapid(HttpClient client) => client.DefaultRequestHeaders.Add("x-rapidapi-key", {|#3:"9f8e7d6c5b4a39281706f5e4d3c2b1a0msh4c"|});
            object Jwt() => new {|CS0246:SymmetricSecurityKey|}(Encoding.UTF8.GetBytes({|#4:"mysupersecret_secretsecretsecretkey!123"|}));
            ClientSecretCredential Split() => new ClientSecretCredential("t", "c", Whole);
            ClientSecretCredential Halves() => new ClientSecretCredential("t", "c", {|#5:string.Concat("Abc8Q~dEfGhIjKlMnOp", "QrStUvWxYz0123456789a")|});
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret) (through 'Whole')"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(1).WithArguments("A URI with an inline password (mongodb+srv://user:password@…)", " and returned"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(2).WithArguments("A URI with an inline password (postgresql+psycopg2://user:password@…)", " and passed to Environment.SetEnvironmentVariable(value)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(3).WithArguments("An API key", "sent in header 'x-rapidapi-key'"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(4).WithArguments("A signing key", "passed to SymmetricSecurityKey(argument 1)"),
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(5).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret)"));

    [Fact]
    public Task RestSharp_default_headers_are_credential_slots() => Verifier.VerifyAsync("""
        class Payments
        {
            object Create()
            {
                var client = new {|CS0246:RestClient|}("https://api.payments.example.com");
                client.AddDefaultHeader("Authorization", {|#0:"Bearer pk_9aZ3xQ7mL2vR8tN4bY6cH1dJ5fG0kW3e"|});
                client.AddDefaultHeader("Accept", "application/json");
                return client;
            }
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A token", "sent in the Authorization header"));

    /// <summary>A value several rules reach gets the first of AFS101, AFS102, AFS103, AFS104: where it goes, then what it is.</summary>
    [Fact]
    public Task The_rule_follows_the_fixed_priority() => Verifier.VerifyAsync("""
        using System;
        using Azure.Identity;
        class Job
        {
            ClientSecretCredential A() => new ClientSecretCredential("t", "c", {|#0:"Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789a"|});
            void B() => Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", {|#1:"Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789b"|});
            void C() => Environment.SetEnvironmentVariable("AIRFLOW_CONN_DB", {|#2:"postgres://u:Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789c@db/dw"|});
            string D() => {|#3:"Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789d"|};
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.CredentialInSlot).WithLocation(0).WithArguments("A client secret", "passed to ClientSecretCredential(clientSecret)"),
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(1).WithArguments("environment variable", "AZURE_CLIENT_SECRET", " and set with Environment.SetEnvironmentVariable"),
        Verifier.Diagnostic(SecretDescriptors.InlineCredential).WithLocation(2).WithArguments("A URI with an inline password (postgres://user:password@…)", " and passed to Environment.SetEnvironmentVariable(value)"),
        Verifier.Diagnostic(SecretDescriptors.KnownSecretFormat).WithLocation(3).WithArguments("an Entra ID client secret", " and returned"));

    /// <summary>A constant written in another type is reported where this type uses it, inside the type analysed.</summary>
    [Fact]
    public Task A_constant_of_another_type_is_reported_where_it_is_used() => Verifier.VerifyAsync("""
        using System;
        static class Shared { public const string Value = "x9K.2mN_4pQ-6rS8tU0vW2yZ"; }
        class Job
        {
            void Run() => Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", {|#0:Shared.Value|});
        }
        """,
        Verifier.Diagnostic(SecretDescriptors.SecretEnvironmentEntry).WithLocation(0).WithArguments("environment variable", "AZURE_CLIENT_SECRET", " (through 'Value') and set with Environment.SetEnvironmentVariable"));

    /// <summary>Nested types, partial types over two files and top-level statements: each value reported once, in its own type and file.</summary>
    [Fact]
    public async Task Each_value_is_reported_once_in_nested_partial_and_top_level_code()
    {
        Compilation compilation = TestCompilation.Create(
            """
            partial class Outer
            {
                private const string Password = "0uter-Pa55!";
                class Inner { private string _secret = "1nner-S3cret!"; }
            }
            """,
            """
            partial class Outer
            {
                string Connection() => "Server=db;User Id=etl;Password=P4rtial-Tw0!";
            }
            """).WithOptions(TestCompilation.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication))
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
                "var password = \"T0p-Level-Pw!\";\nSystem.Console.WriteLine(password.Length);\n", TestCompilation.ParseOptions, path: "Program.cs"));
        ImmutableArray<Diagnostic> findings = await ProjectOptions.AnalyseAsync(compilation, new Dictionary<string, string>());
        string[] where = findings.Select(d => d.Id + " " + d.Location.SourceTree!.FilePath + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "AFS101 Program.cs:1", "AFS101 Source0.cs:3", "AFS101 Source0.cs:4", "AFS103 Source1.cs:3" }, where);
    }

    private const string SettingsSource = """
        class Settings
        {
            public string LicenseKey { get; set; } = "Gold-Plan-Licence-07";
            public string AdminPin { get; set; } = "4421-9083";
            public string Password { get; set; } = "PLC-8841-ZQ";
            public string Secret { get; set; } = "n0t-a-sandb0x!";
        }
        """;

    /// <summary>A project's own credential words and placeholder pattern, from .editorconfig or .globalconfig.</summary>
    [Fact]
    public async Task A_project_adds_credential_words_and_a_placeholder_pattern()
    {
        var options = new Dictionary<string, string>
        {
            ["airflowsecrets.credential_words"] = "license key, pin",
            ["airflowsecrets.placeholder_pattern"] = "^PLC-[0-9]{4}-[A-Z]{2}$",
        };
        Assert.Equal(new[] { "LicenseKey", "AdminPin", "Secret" }, await FlaggedMembersAsync(options));
    }

    [Fact]
    public async Task Without_the_options_the_same_code_gets_only_the_built_in_findings() =>
        Assert.Equal(new[] { "Password", "Secret" }, await FlaggedMembersAsync(new Dictionary<string, string>()));

    [Fact]
    public async Task An_invalid_placeholder_pattern_is_ignored() =>
        Assert.Equal(new[] { "Password", "Secret" }, await FlaggedMembersAsync(new Dictionary<string, string> { ["airflowsecrets.placeholder_pattern"] = "([unclosed" }));

    /// <summary>
    /// Test-data rows where the test framework is not referenced (the attributes do not bind, as in a snippet or a
    /// project analysed without its packages): [InlineData] / [TestCase] values and [MemberData] rows still go to the
    /// test method's parameter at their position, and are judged by its name.
    /// </summary>
    [Fact]
    public async Task Unbound_test_data_rows_are_judged_by_the_test_parameter_they_fill()
    {
        const string source = """
            using System.Collections.Generic;
            using Xunit;
            using NUnit.Framework;
            public class LoginTests
            {
                [Theory]
                [InlineData("alice@contoso.com", "Alice#Spring2024")]
                [InlineData("bob@contoso.com", "wrong-password")]
                public void Signs_in(string email, string password) { }

                [TestCase("bk_89baa151b551b145e0ea444fd44903d6", ExpectedResult = true)]
                public bool Accepts(string apiKey) => apiKey.Length > 0;

                [TestCase("Alice#Spring2024")]
                public void Shows(string displayName) { }

                public static IEnumerable<object[]> Accounts()
                {
                    yield return new object[] { "uploader", "Sftp-Upl0ad!Blue" };
                }

                [Theory]
                [MemberData(nameof(Accounts))]
                public void Uploads(string user, string password) { }
            }
            """;
        (ImmutableArray<Diagnostic> findings, _) = await TestCompilation.AnalyseAsync(TestCompilation.FrameworkOnly(source), new HardCodedSecretAnalyzer());
        Assert.Equal(new[] { 7, 11, 19 }, findings.Where(d => d.Id == "AFS101").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToArray());
        Assert.DoesNotContain(findings, d => d.Id.StartsWith("AFS1", System.StringComparison.Ordinal) && d.Id != "AFS101");
    }

    /// <summary>
    /// SSH.NET's PasswordConnectionInfo, DirectoryEntry and Novell LDAP's Bind where their packages are not referenced:
    /// the sink table's positions carry the password (a bound call is judged by its parameter's name).
    /// </summary>
    [Fact]
    public async Task Unbound_ssh_and_ldap_clients_take_their_password_by_position()
    {
        const string source = """
            using Renci.SshNet;
            using System.DirectoryServices;
            using Novell.Directory.Ldap;
            public static class Clients
            {
                public static object Sftp() => new PasswordConnectionInfo("sftp.partner.example.net", 22, "contoso_edi", "Edi-Drop-Tulip44");
                public static object Root() => new DirectoryEntry("LDAP://dc01.corp.contoso.com/DC=corp", "CORP\\svc-hrsync", "HrSync-Basalt-62");
                public static void Bind(LdapConnection connection) => connection.Bind("cn=sync,dc=corp", "Ldap-Bind-Falcon93");
                public static object Stand() => new DirectoryEntry("LDAP://dc01.corp.contoso.com", "CORP\\svc-hrsync", "<password>");
            }
            """;
        (ImmutableArray<Diagnostic> findings, _) = await TestCompilation.AnalyseAsync(TestCompilation.FrameworkOnly(source), new HardCodedSecretAnalyzer());
        Assert.Equal(new[] { 6, 7, 8 }, findings.Where(d => d.Id == "AFS101").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToArray());
    }

    /// <summary>
    /// A static member of a type the compiler cannot bind, set by its qualified name (<c>StripeConfiguration.ApiKey = "…"</c>):
    /// judged by the member's name like an unbound initializer's, so a secret key is AFS101 (the slot), not only AFS104 (the format).
    /// </summary>
    [Fact]
    public async Task An_unbound_static_member_is_judged_by_its_name()
    {
        const string source = """
            using Stripe;
            public static class Payments
            {
                public static void Configure()
                {
                    StripeConfiguration.ApiKey = "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";
                    Mailer.Settings.Password = "Ma1l#Relay-Otter6";
                    StripeConfiguration.ApiBase = "https://api.stripe.com";
                    Mailer.Settings.Password = "<password>";
                }
            }
            """;
        (ImmutableArray<Diagnostic> findings, _) = await TestCompilation.AnalyseAsync(TestCompilation.FrameworkOnly(source), new HardCodedSecretAnalyzer());
        Assert.Equal(new[] { "AFS101@6", "AFS101@7" }, findings.Where(d => d.Id.StartsWith("AFS1", System.StringComparison.Ordinal))
            .Select(d => d.Id + "@" + (d.Location.GetLineSpan().StartLinePosition.Line + 1)).OrderBy(x => x, System.StringComparer.Ordinal).ToArray());
    }

    // The properties of SettingsSource that get an AFS101 finding, in source order.
    private static async Task<string[]> FlaggedMembersAsync(IReadOnlyDictionary<string, string> options)
    {
        ImmutableArray<Diagnostic> findings = await ProjectOptions.AnalyseAsync(TestCompilation.Create(SettingsSource), options);
        Assert.All(findings, d => Assert.Equal("AFS101", d.Id));
        return findings.OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1])
            .ToArray();
    }
}
