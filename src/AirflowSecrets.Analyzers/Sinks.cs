using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Analyzers
{
    /// <summary>What a sink's argument is.</summary>
    internal enum SinkKind
    {
        /// <summary>The argument is a credential (AFS101).</summary>
        Credential,

        /// <summary>The arguments are a header's name and value: a credential when the name is Authorization or names one (AFS101).</summary>
        Header,
    }

    /// <summary>
    /// One place a credential goes: a type (by metadata name), a member (<c>.ctor</c>, a method name, or <c>*</c> for any
    /// member), the parameter (by name when the call binds, by position when it does not: <see cref="Last"/> for the last
    /// of two or more), and what the argument is, in words for the message ("A client secret").
    /// </summary>
    internal sealed class Sink
    {
        /// <summary>In <see cref="Position"/>: the last argument, of two or more.</summary>
        public const int Last = -1;

        public Sink(string type, string member, string parameter, int position, string kind, SinkKind sinkKind = SinkKind.Credential, string? nameParameter = null)
        {
            Type = type;
            SimpleTypeName = type.Substring(type.LastIndexOf('.') + 1);
            Member = member;
            Parameter = parameter;
            Position = position;
            Kind = kind;
            SinkKind = sinkKind;
            NameParameter = nameParameter;
        }

        public string Type { get; }

        public string SimpleTypeName { get; }

        public string Member { get; }

        public string Parameter { get; }

        public int Position { get; }

        public string Kind { get; }

        public SinkKind SinkKind { get; }

        /// <summary>For a header sink: the parameter holding the header's name (its position is <see cref="Position"/> - 1).</summary>
        public string? NameParameter { get; }

        /// <summary>The name an unbound call is recognised by: the type's simple name for a constructor, the method's name otherwise.</summary>
        public string UnboundName => Member == ".ctor" ? SimpleTypeName : Member;

        public bool Matches(IMethodSymbol method, IParameterSymbol parameter) =>
            (Member == "*" || (Member == ".ctor" ? method.MethodKind == MethodKind.Constructor : method.Name.StartsWith(Member, StringComparison.Ordinal)))
            && parameter.Name == Parameter;
    }

    /// <summary>
    /// The sink table: every type and member whose argument is a credential, in one place. Bound calls match by type
    /// (or a base type) and parameter name; calls the compiler cannot bind (a package the analyzer does not see) match
    /// by the simple name and the argument's position.
    /// </summary>
    internal static class Sinks
    {
        public static readonly ImmutableArray<Sink> All = ImmutableArray.Create(
            // Azure identity and keys.
            new Sink("Azure.Identity.ClientSecretCredential", ".ctor", "clientSecret", 2, "A client secret"),
            new Sink("Azure.Identity.UsernamePasswordCredential", ".ctor", "password", 1, "A password"),
            new Sink("Azure.AzureKeyCredential", ".ctor", "key", 0, "An API key"),
            new Sink("Azure.AzureKeyCredential", "Update", "key", 0, "An API key"),
            new Sink("Azure.AzureNamedKeyCredential", ".ctor", "key", 1, "An account key"),
            new Sink("Azure.AzureSasCredential", ".ctor", "signature", 0, "A shared access signature"),
            new Sink("Azure.Storage.StorageSharedKeyCredential", ".ctor", "accountKey", 1, "An account key"),
            new Sink("Azure.Data.Tables.TableSharedKeyCredential", ".ctor", "accountKey", 1, "An account key"),
            new Sink("Azure.Security.KeyVault.Secrets.SecretClient", "SetSecret", "value", 1, "A Key Vault secret value"),
            new Sink("Azure.Security.KeyVault.Secrets.KeyVaultSecret", ".ctor", "value", 1, "A Key Vault secret value"),
            new Sink("Microsoft.Identity.Client.ConfidentialClientApplicationBuilder", "WithClientSecret", "clientSecret", 0, "A client secret"),

            // .NET.
            new Sink("System.Net.NetworkCredential", ".ctor", "password", 1, "A password"),
            new Sink("System.Net.Http.Headers.AuthenticationHeaderValue", ".ctor", "parameter", 1, "A token"),
            new Sink("System.Security.Cryptography.HMAC", "*", "key", 0, "A signing key"),
            new Sink("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey", ".ctor", "key", 0, "A signing key"),
            new Sink("System.Net.Http.Headers.HttpHeaders", "Add", "value", 1, "A token", SinkKind.Header, "name"),
            new Sink("System.Net.Http.Headers.HttpHeaders", "TryAddWithoutValidation", "value", 1, "A token", SinkKind.Header, "name"),

            // Other clients: AWS, RestSharp, SSH.NET, LDAP, FluentFTP, MailKit (position only where their calls do not bind).
            new Sink("Amazon.Runtime.BasicAWSCredentials", ".ctor", "secretKey", 1, "A secret access key"),
            new Sink("RestSharp.RestClient", "AddDefaultHeader", "value", 1, "A token", SinkKind.Header, "name"),
            new Sink("RestSharp.RestClientExtensions", "AddDefaultHeader", "value", 2, "A token", SinkKind.Header, "name"),
            new Sink("RestSharp.RestRequest", "AddHeader", "value", 1, "A token", SinkKind.Header, "name"),
            new Sink("RestSharp.RestRequestExtensions", "AddHeader", "value", 2, "A token", SinkKind.Header, "name"),
            new Sink("Renci.SshNet.SshClient", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Renci.SshNet.SftpClient", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Renci.SshNet.ScpClient", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Renci.SshNet.PasswordAuthenticationMethod", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Renci.SshNet.PasswordConnectionInfo", ".ctor", "password", Sink.Last, "A password"),

            // LDAP: System.DirectoryServices' DirectoryEntry(path, username, password[, authenticationType]), Novell's Bind(dn, passwd).
            new Sink("System.DirectoryServices.DirectoryEntry", ".ctor", "password", 2, "A password"),
            new Sink("Novell.Directory.Ldap.LdapConnection", "Bind", "passwd", Sink.Last, "A password"),
            new Sink("FluentFTP.FtpClient", ".ctor", "pass", Sink.Last, "A password"),
            new Sink("FluentFTP.AsyncFtpClient", ".ctor", "pass", Sink.Last, "A password"),
            new Sink("MailKit.MailService", "Authenticate", "password", Sink.Last, "A password"),
            new Sink("Octokit.Credentials", ".ctor", "token", 0, "A token"),
            new Sink("Octokit.Credentials", ".ctor", "password", Sink.Last, "A password"),

            // Database, search and messaging clients: MongoDB's credential factories, Elasticsearch's authentication
            // headers, MQTTnet's and the Cassandra driver's builders, Neo4j's auth tokens.
            new Sink("MongoDB.Driver.MongoCredential", "CreateCredential", "password", Sink.Last, "A password"),
            new Sink("Elastic.Transport.BasicAuthentication", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Elastic.Transport.ApiKey", ".ctor", "apiKey", 0, "An API key"),
            new Sink("Elasticsearch.Net.BasicAuthenticationCredentials", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Elasticsearch.Net.ApiKeyAuthenticationCredentials", ".ctor", "apiKey", Sink.Last, "An API key"),
            new Sink("MQTTnet.Client.MqttClientOptionsBuilder", "WithCredentials", "password", Sink.Last, "A password"),
            new Sink("MQTTnet.MqttClientOptionsBuilder", "WithCredentials", "password", Sink.Last, "A password"),
            new Sink("Cassandra.Builder", "WithCredentials", "password", Sink.Last, "A password"),
            new Sink("Cassandra.PlainTextAuthProvider", ".ctor", "password", Sink.Last, "A password"),
            new Sink("Neo4j.Driver.AuthTokens", "Basic", "password", 1, "A password"),

            // Cloud and messaging services: AWS's credentials and service clients (access key id, secret access key),
            // SendGrid, Twilio, RestSharp's authenticators.
            new Sink("Amazon.Runtime.SessionAWSCredentials", ".ctor", "awsSecretAccessKey", 1, "A secret access key"),
            new Sink("Amazon.S3.AmazonS3Client", ".ctor", "awsSecretAccessKey", 1, "A secret access key"),
            new Sink("Amazon.SQS.AmazonSQSClient", ".ctor", "awsSecretAccessKey", 1, "A secret access key"),
            new Sink("Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceClient", ".ctor", "awsSecretAccessKey", 1, "A secret access key"),
            new Sink("Amazon.DynamoDBv2.AmazonDynamoDBClient", ".ctor", "awsSecretAccessKey", 1, "A secret access key"),
            new Sink("Amazon.SimpleEmail.AmazonSimpleEmailServiceClient", ".ctor", "awsSecretAccessKey", 1, "A secret access key"),
            new Sink("SendGrid.SendGridClient", ".ctor", "apiKey", 0, "An API key"),
            new Sink("Twilio.TwilioClient", "Init", "password", 1, "An auth token"),
            new Sink("RestSharp.Authenticators.HttpBasicAuthenticator", ".ctor", "password", 1, "A password"),
            new Sink("RestSharp.Authenticators.JwtAuthenticator", ".ctor", "accessToken", 0, "A token"),

            // Keys and key derivation: an SSH.NET key file's passphrase, a PBKDF2 password.
            new Sink("Renci.SshNet.PrivateKeyFile", ".ctor", "passPhrase", 1, "A passphrase"),
            new Sink("System.Security.Cryptography.Rfc2898DeriveBytes", ".ctor", "password", 0, "A password"),
            new Sink("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2", "password", 0, "A password"));

        /// <summary>
        /// The verbs of builder and setter methods whose name ends with what their one argument is
        /// (<c>WithPassword("…")</c> of Testcontainers, <c>SetApiKey("…")</c>, <c>UseClientSecret("…")</c>).
        /// </summary>
        public static readonly ImmutableArray<string> SetterVerbs = ImmutableArray.Create("With", "Set", "Use");

        /// <summary>
        /// Calls whose arguments are names, never credential values: the keys of AirflowSecrets' own attributes
        /// (<c>[AirflowVariable("svc99_region")]</c>), with their Name and Team.
        /// </summary>
        public static readonly ImmutableArray<string> KeyNameAttributes = ImmutableArray.Create(
            "AirflowSecrets.AirflowVariableAttribute", "AirflowSecrets.AirflowConnectionAttribute", "AirflowSecrets.AirflowConfigAttribute");

        /// <summary>The named arguments of those attributes that are names too (Default is a value, and is judged).</summary>
        public static readonly ImmutableHashSet<string> KeyNameProperties = ImmutableHashSet.Create(StringComparer.Ordinal, "Name", "Team");

        /// <summary>Method names (by their start) whose bare <c>key</c> parameter looks a value up by name: never a credential.</summary>
        public static readonly ImmutableArray<string> LookupPrefixes = ImmutableArray.Create(
            "Get", "TryGet", "Contains", "Remove", "TryRemove", "Has", "Find", "Lookup", "Delete", "Exists", "IsSet", "Clear");

        /// <summary>Test-data attributes whose arguments fill the decorated method's parameters by position.</summary>
        public static readonly ImmutableHashSet<string> TestDataAttributes = ImmutableHashSet.Create(StringComparer.Ordinal,
            "InlineDataAttribute", "DataRowAttribute", "TestCaseAttribute", "ArgumentsAttribute");

        /// <summary>Test-data attributes naming the member (method, property or field) whose rows fill the decorated method's parameters.</summary>
        public static readonly ImmutableHashSet<string> MemberDataAttributes = ImmutableHashSet.Create(StringComparer.Ordinal,
            "MemberDataAttribute", "TestCaseSourceAttribute", "DynamicDataAttribute", "MethodDataSourceAttribute");

        /// <summary>Words in a type's name that make its Name/Key and Value members an entry (V1EnvVar, EnvironmentVariable, AppSetting).</summary>
        public static readonly ImmutableArray<string> EntryTypeWords = ImmutableArray.Create("Env", "Variable", "Setting");

        /// <summary>Unbound sinks by the name a call is written with (a type for <c>new T(…)</c>, a method otherwise).</summary>
        public static readonly ImmutableDictionary<string, ImmutableArray<Sink>> ByUnboundName =
            All.GroupBy(s => s.UnboundName, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The types the rules look for, resolved once per compilation (null where the compilation does not reference
    /// them), so that a call is matched by symbol rather than by its display string.
    /// </summary>
    internal sealed class KnownTypes
    {
        private readonly Dictionary<INamedTypeSymbol, ImmutableArray<Sink>> _sinks = new(SymbolEqualityComparer.Default);

        public KnownTypes(Compilation compilation)
        {
            foreach (IGrouping<string, Sink> group in Sinks.All.GroupBy(s => s.Type, StringComparer.Ordinal))
            {
                if (Resolve(compilation, group.Key) is INamedTypeSymbol type) _sinks[type] = group.ToImmutableArray();
            }

            String = compilation.GetSpecialType(SpecialType.System_String);
            Environment = Resolve(compilation, "System.Environment");
            ProcessStartInfo = Resolve(compilation, "System.Diagnostics.ProcessStartInfo");
            CryptographicOperations = Resolve(compilation, "System.Security.Cryptography.CryptographicOperations");
            Convert = Resolve(compilation, "System.Convert");
            KeyValuePairOfT = Resolve(compilation, "System.Collections.Generic.KeyValuePair`2");
            KeyValuePair = Resolve(compilation, "System.Collections.Generic.KeyValuePair");
            KeyNameAttributes = Sinks.KeyNameAttributes.Select(name => Resolve(compilation, name)).Where(t => t != null).Cast<INamedTypeSymbol>().ToImmutableArray();
        }

        public INamedTypeSymbol String { get; }

        public INamedTypeSymbol? Environment { get; }

        public INamedTypeSymbol? ProcessStartInfo { get; }

        public INamedTypeSymbol? CryptographicOperations { get; }

        public INamedTypeSymbol? Convert { get; }

        public INamedTypeSymbol? KeyValuePairOfT { get; }

        public INamedTypeSymbol? KeyValuePair { get; }

        public ImmutableArray<INamedTypeSymbol> KeyNameAttributes { get; }

        /// <summary>The sink a bound call's parameter is, looking at the method's type and its base types.</summary>
        public Sink? SinkFor(IMethodSymbol method, IParameterSymbol parameter)
        {
            for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
            {
                if (!_sinks.TryGetValue(type.OriginalDefinition, out ImmutableArray<Sink> sinks)) continue;
                foreach (Sink sink in sinks)
                {
                    if (sink.Matches(method, parameter)) return sink;
                }
            }

            return null;
        }

        /// <summary>Whether the method belongs to one of the sink types of header kind (or derives from one).</summary>
        public Sink? HeaderSinkFor(IMethodSymbol method)
        {
            for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
            {
                if (!_sinks.TryGetValue(type.OriginalDefinition, out ImmutableArray<Sink> sinks)) continue;
                foreach (Sink sink in sinks)
                {
                    if (sink.SinkKind == SinkKind.Header && method.Name == sink.Member) return sink;
                }
            }

            return null;
        }

        // The type of that name: the one the compilation sees unambiguously, else one of its own or a referenced public one.
        private static INamedTypeSymbol? Resolve(Compilation compilation, string metadataName)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is INamedTypeSymbol type) return type;
            ImmutableArray<INamedTypeSymbol> candidates = compilation.GetTypesByMetadataName(metadataName);
            return candidates.FirstOrDefault(t => SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, compilation.Assembly))
                ?? candidates.FirstOrDefault(t => t.DeclaredAccessibility == Accessibility.Public);
        }

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
            type != null && known != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

        public bool IsKeyNameAttribute(ITypeSymbol? type) => type != null && KeyNameAttributes.Any(a => SymbolEqualityComparer.Default.Equals(a, type));
    }
}
