using System.Collections.Generic;
using System.Threading.Tasks;
using AirflowSecrets.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verifier = AirflowSecrets.Generators.Tests.Support.AnalyzerVerifier<AirflowSecrets.Generators.Diagnostics.AttributeUsageAnalyzer>;

namespace AirflowSecrets.Generators.Tests;

/// <summary>Every AFS0xx rule, where it points, and code that must stay silent.</summary>
public sealed class AttributeUsageAnalyzerTests
{
    [Fact]
    public Task A_correct_class_has_no_diagnostics() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using AirflowSecrets;

        internal enum Mode { Fast, Safe }

        [AirflowVariable("my_var")]
        [AirflowVariable("retries", typeof(int), Default = 3)]
        [AirflowVariable("mode", typeof(Mode), Default = Mode.Safe)]
        [AirflowVariable("targets", typeof(IReadOnlyList<string>), Optional = true)]
        [AirflowVariable("settings", typeof(Dictionary<string, int>))]
        [AirflowVariable("timeout", typeof(TimeSpan), Default = "00:00:30")]
        [AirflowVariable("my__key", Team = "analytics")]
        [AirflowConnection("postgres_default")]
        [AirflowConnection("my_var", Name = "MyVarConnection")]
        [AirflowConfig("sql_alchemy_conn", Name = "SqlAlchemy")]
        internal partial class Secrets { }
        """);

    [Fact]
    public Task AFS001_the_class_and_every_containing_type_must_be_partial() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        internal class Outer
        {
            [AirflowVariable("a")]
            internal partial class {|#0:Inner|} { }
        }
        [AirflowVariable("a")]
        internal class {|#1:Plain|} { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.NotPartial).WithLocation(0).WithArguments("Outer"),
        Verifier.Diagnostic(DiagnosticDescriptors.NotPartial).WithLocation(1).WithArguments("Plain"));

    [Fact]
    public Task AFS002_static_classes_records_and_generated_names_are_refused() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable("a")] internal static partial class {|#0:Holder|} { }
        [AirflowVariable("a")] internal partial record {|#1:Data|};
        [AirflowVariable("a")] internal partial class {|#2:Snapshot|} { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.WrongKindOfType).WithLocation(0).WithArguments("Holder", "a static class"),
        Verifier.Diagnostic(DiagnosticDescriptors.WrongKindOfType).WithLocation(1).WithArguments("Data", "a record"),
        Verifier.Diagnostic(DiagnosticDescriptors.WrongKindOfType).WithLocation(2).WithArguments("Snapshot", "named like one of the members generated into it"));

    [Fact]
    public Task AFS003_an_empty_key_is_an_error() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable({|#0:""|})]
        [AirflowConnection({|#1:"  "|})]
        [AirflowConfig({|#2:null!|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.EmptyKey).WithLocation(0).WithArguments("variable", "key"),
        Verifier.Diagnostic(DiagnosticDescriptors.EmptyKey).WithLocation(1).WithArguments("connection", "id"),
        Verifier.Diagnostic(DiagnosticDescriptors.EmptyKey).WithLocation(2).WithArguments("config value", "key"));

    [Fact]
    public Task AFS004_names_key_vault_rejects() => Verifier.VerifyAsync($$"""
        using AirflowSecrets;
        [AirflowVariable({|#0:"key.with.dots"|})]
        [AirflowConnection({|#1:"{{new string('x', 108)}}"|})]
        [AirflowConnection("{{new string('y', 107)}}")]
        [AirflowVariable({|#2:"bucket"|}, Team = "data team")]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.InvalidVaultName).WithLocation(0)
            .WithArguments("Variable", "key.with.dots", "airflow-variables-key.with.dots", "only letters, digits and '-' are allowed"),
        Verifier.Diagnostic(DiagnosticDescriptors.InvalidVaultName).WithLocation(1)
            .WithArguments("Connection", new string('x', 108), "airflow-connections-" + new string('x', 108), "128 characters, more than 127"),
        Verifier.Diagnostic(DiagnosticDescriptors.InvalidVaultName).WithLocation(2)
            .WithArguments("Variable", "bucket", "airflow-variables-data team--bucket", "only letters, digits and '-' are allowed"));

    [Fact]
    public Task AFS004_follows_the_build_time_separator_and_prefixes() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable({|#0:"my_var"|})]
        [AirflowConnection("key.with.dots")]
        internal partial class Secrets { }
        """,
        new Dictionary<string, string>
        {
            ["AirflowSecrets_Separator"] = "_",
            ["AirflowSecrets_VariablesPrefix"] = "vars",
            ["AirflowSecrets_ConnectionsPrefix"] = "(disabled)",
        },
        Verifier.Diagnostic(DiagnosticDescriptors.InvalidVaultName).WithLocation(0)
            .WithArguments("Variable", "my_var", "vars_my_var", "only letters, digits and '-' are allowed"));

    [Fact]
    public Task AFS005_a_key_airflow_takes_for_team_scoped() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable({|#0:"my__key"|})]
        [AirflowConnection({|#1:"team__db"|})]
        [AirflowConfig("core__fernet_key")]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.NeverLookedUpGlobally).WithLocation(0).WithArguments("Variable", "my__key", "__"),
        Verifier.Diagnostic(DiagnosticDescriptors.NeverLookedUpGlobally).WithLocation(1).WithArguments("Connection", "team__db", "__"));

    [Fact]
    public Task AFS006_two_keys_that_read_one_secret() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable("my_var")]
        [AirflowVariable({|#0:"my-var"|}, Name = "Other")]
        [AirflowVariable({|#1:"MY_VAR"|}, Name = "Shouting")]
        [AirflowConnection("my_var", Name = "Connection")]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.SameVaultName).WithLocation(0).WithArguments("Variable", "my_var", "my-var", "the Key Vault secret 'airflow-variables-my-var'", "-"),
        Verifier.Diagnostic(DiagnosticDescriptors.SameVaultName).WithLocation(1).WithArguments("Variable", "my_var", "MY_VAR", "the Key Vault secret 'airflow-variables-MY-VAR'", "-"));

    [Fact]
    public Task AFS007_two_secrets_with_one_member_name() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable("db")]
        [AirflowConnection({|#0:"db"|})]
        [AirflowVariable({|#1:"snapshot"|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.SameMemberName).WithLocation(0).WithArguments("Connection", "db", "Db", "as variable 'db' does"),
        Verifier.Diagnostic(DiagnosticDescriptors.SameMemberName).WithLocation(1).WithArguments("Variable", "snapshot", "Snapshot", "which is reserved for the generated code"));

    [Fact]
    public Task AFS008_types_json_cannot_fill() => Verifier.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using AirflowSecrets;
        internal interface IShape { }
        internal abstract class Base { }
        [AirflowVariable("a", {|#0:typeof(object)|})]
        [AirflowVariable("b", {|#1:typeof(IShape)|})]
        [AirflowVariable("c", {|#2:typeof(Dictionary<int, string>)|})]
        [AirflowVariable("d", {|#3:typeof(Action)|})]
        [AirflowVariable("e", {|#4:typeof(Base)|})]
        [AirflowVariable("f", typeof(List<Guid>))]
        [AirflowVariable("g", typeof(long?))]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedType).WithLocation(0).WithArguments("a", "object", "object says nothing about the JSON's shape; use JsonElement, a dictionary or a class"),
        Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedType).WithLocation(1).WithArguments("b", "IShape", "an interface cannot be created from JSON; use a class, record or struct"),
        Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedType).WithLocation(2).WithArguments("c", "System.Collections.Generic.Dictionary<int, string>", "dictionary keys read from JSON object names must be strings"),
        Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedType).WithLocation(3).WithArguments("d", "System.Action", "delegates cannot be read from JSON"),
        Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedType).WithLocation(4).WithArguments("e", "Base", "an abstract class cannot be created from JSON"));

    [Fact]
    public Task AFS009_defaults_that_do_not_fit() => Verifier.VerifyAsync("""
        using System;
        using AirflowSecrets;
        internal enum Mode { Fast }
        internal enum Other { Slow }
        [AirflowVariable("a", typeof(int), {|#0:Default = "3"|})]
        [AirflowVariable("b", typeof(byte), {|#1:Default = 300|})]
        [AirflowVariable("c", typeof(TimeSpan), {|#2:Default = "five minutes"|})]
        [AirflowVariable("d", typeof(Mode), {|#3:Default = Other.Slow|})]
        [AirflowVariable("e", {|#4:Default = 5|})]
        [AirflowVariable("f", typeof(int[]), {|#5:Default = 1|})]
        [AirflowVariable("g", typeof(decimal), Default = "19.99")]
        [AirflowVariable("h", typeof(double), Default = 2)]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.DefaultDoesNotFit).WithLocation(0).WithArguments("variable", "a", "the default must be a whole number"),
        Verifier.Diagnostic(DiagnosticDescriptors.DefaultDoesNotFit).WithLocation(1).WithArguments("variable", "b", "300 is outside the range of byte"),
        Verifier.Diagnostic(DiagnosticDescriptors.DefaultDoesNotFit).WithLocation(2).WithArguments("variable", "c", "the text does not parse as a System.TimeSpan (invariant culture)"),
        Verifier.Diagnostic(DiagnosticDescriptors.DefaultDoesNotFit).WithLocation(3).WithArguments("variable", "d", "the default must be a member of Mode"),
        Verifier.Diagnostic(DiagnosticDescriptors.DefaultDoesNotFit).WithLocation(4).WithArguments("variable", "e", "the variable is text, so the default must be a string"),
        Verifier.Diagnostic(DiagnosticDescriptors.DefaultDoesNotFit).WithLocation(5).WithArguments("variable", "f", "int[] values cannot be written in an attribute; make the variable Optional and fall back in code"));

    [Fact]
    public Task AFS010_keys_that_make_no_identifier() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable({|#0:"3d_model"|})]
        [AirflowVariable("ok", {|#1:Name = "not valid"|})]
        [AirflowVariable("3d_model2", Name = "Model3D")]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.InvalidMemberName).WithLocation(0).WithArguments("Variable", "3d_model", "3dModel"),
        Verifier.Diagnostic(DiagnosticDescriptors.InvalidMemberName).WithLocation(1).WithArguments("Variable", "ok", "not valid"));

    [Fact]
    public Task AFS011_below_csharp_7_3_one_error_per_class_and_nothing_else() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable("my_var")]
        [AirflowVariable("bad.key")]
        internal partial class {|#0:Secrets|} { }
        internal class Unrelated { }
        """,
        null,
        Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_2,
        Verifier.Diagnostic(DiagnosticDescriptors.LanguageVersionTooOld).WithLocation(0).WithArguments("Secrets", "7.2", "7.3"));

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8)]
    public Task AFS011_not_from_csharp_7_3_on(Microsoft.CodeAnalysis.CSharp.LanguageVersion version) => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowVariable("my_var", Optional = true)]
        internal partial class Secrets { }
        """,
        null,
        version);

    // A context written by hand (the analyzer tests do not run System.Text.Json's generator; only its attributes matter).
    private const string Contexts = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using AirflowSecrets;

        internal sealed record Settings(int Retries, Inner Inner);
        internal sealed record Inner(IReadOnlyList<Leaf> Leaves);
        internal sealed record Leaf(string Name);
        internal sealed record Unlisted(int X);

        [JsonSerializable(typeof(Settings))]
        internal sealed class JobJsonContext : JsonSerializerContext
        {
            public JobJsonContext() : base(null) { }
            public static JobJsonContext Default { get; } = new();
            protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override JsonTypeInfo? GetTypeInfo(Type type) => null;
        }
        """;

    private static readonly Dictionary<string, string> PublishAot = new() { ["PublishAot"] = "true" };

    [Theory]
    [InlineData("PublishAot")]
    [InlineData("PublishTrimmed")]
    [InlineData("IsAotCompatible")]
    [InlineData("IsTrimmable")]
    public Task AFS012_own_types_without_a_json_context_in_a_trimmed_or_aot_build(string property) => Verifier.VerifyAsync(Contexts + """
        [AirflowVariable("settings", {|#0:typeof(Settings)|})]
        [AirflowVariable("many", {|#1:typeof(List<Unlisted>)|}, Optional = true)]
        [AirflowVariable("retries", typeof(int), Default = 3)]
        [AirflowVariable("modes", typeof(Dictionary<string, DayOfWeek[]>))]
        [AirflowVariable("through_context", typeof(Settings), JsonContext = typeof(JobJsonContext))]
        internal partial class Secrets { }
        """,
        new Dictionary<string, string> { [property] = "true" },
        Verifier.Diagnostic(DiagnosticDescriptors.ReflectionInTrimmedBuild).WithLocation(0).WithArguments("settings", "Settings", property),
        Verifier.Diagnostic(DiagnosticDescriptors.ReflectionInTrimmedBuild).WithLocation(1).WithArguments("many", "Unlisted", property));

    [Fact]
    public Task AFS012_not_where_nothing_is_trimmed() => Verifier.VerifyAsync(Contexts + """
        [AirflowVariable("settings", typeof(Settings))]
        internal partial class Untrimmed { }
        """,
        new Dictionary<string, string> { ["PublishAot"] = "false", ["PublishTrimmed"] = "" });

    [Fact]
    public Task AFS012_not_when_the_class_names_a_context() => Verifier.VerifyAsync(Contexts + """
        [AirflowJsonContext(typeof(JobJsonContext))]
        [AirflowVariable("settings", typeof(Settings))]
        [AirflowVariable("leaves", typeof(Leaf[]))]
        internal partial class Secrets { }
        """,
        PublishAot);

    [Fact]
    public Task AFS013_a_json_context_that_is_no_JsonSerializerContext() => Verifier.VerifyAsync(Contexts + """
        [{|#0:AirflowJsonContext(typeof(Settings))|}]
        [AirflowVariable("settings", typeof(Settings), {|#1:JsonContext = typeof(string)|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.NotAJsonContext).WithLocation(0).WithArguments("Settings"),
        Verifier.Diagnostic(DiagnosticDescriptors.NotAJsonContext).WithLocation(1).WithArguments("string"));

    [Fact]
    public Task AFS014_a_type_the_context_does_not_describe() => Verifier.VerifyAsync(Contexts + """
        [AirflowJsonContext(typeof(JobJsonContext))]
        [AirflowVariable("leaf", typeof(Leaf))]
        [AirflowVariable("unlisted", {|#0:typeof(Unlisted[])|})]
        [AirflowVariable("own", typeof(Unlisted), {|#1:JsonContext = typeof(JobJsonContext)|})]
        [AirflowVariable("retries", typeof(int), JsonContext = typeof(JobJsonContext))]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.TypeNotInJsonContext).WithLocation(0).WithArguments("JobJsonContext", "Unlisted", "unlisted"),
        Verifier.Diagnostic(DiagnosticDescriptors.TypeNotInJsonContext).WithLocation(1).WithArguments("JobJsonContext", "Unlisted", "own"));

    [Fact]
    public Task Connections_declared_for_a_client_that_serves_them_have_no_diagnostics() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        using AirflowSecrets.Clients;
        [AirflowConnection("warehouse_db", Client = AirflowClientKind.Npgsql, ConnType = "postgresql")]
        [AirflowConnection("reporting", Client = AirflowClientKind.Odbc, ConnType = "mssql")]
        [AirflowConnection("api", Client = AirflowClientKind.Http, ConnType = "https")]
        [AirflowConnection("postgres_default", Client = AirflowClientKind.Npgsql)]
        [AirflowConnection("mssql_default", Client = AirflowClientKind.Odbc)]
        [AirflowConnection("redis_default", Client = AirflowClientKind.Npgsql, ConnType = "postgres", Name = "Renamed")]
        [AirflowConnection("untyped", Client = AirflowClientKind.Blob)]
        internal partial class Secrets { }
        """);

    [Fact]
    public Task AFS015_a_client_that_cannot_serve_the_declared_conn_type() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        using AirflowSecrets.Clients;
        [AirflowConnection("warehouse_db", {|#0:Client = AirflowClientKind.Npgsql|}, ConnType = "redis")]
        [AirflowConnection("files", {|#1:Client = AirflowClientKind.Blob|}, ConnType = "sftp")]
        [AirflowConnection("blank", ConnType = " ", {|#2:Client = AirflowClientKind.SqlClient|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.ClientCannotServeConnType).WithLocation(0)
            .WithArguments("warehouse_db", "redis", "Npgsql", "postgres", "use Client = AirflowClientKind.Redis"),
        Verifier.Diagnostic(DiagnosticDescriptors.ClientCannotServeConnType).WithLocation(1)
            .WithArguments("files", "sftp", "Azure.Storage.Blobs", "wasb", "no client here serves it"),
        Verifier.Diagnostic(DiagnosticDescriptors.ClientCannotServeConnType).WithLocation(2)
            .WithArguments("blank", " ", "Microsoft.Data.SqlClient", "mssql", "no client here serves it"));

    [Fact]
    public Task AFS016_a_client_that_cannot_serve_airflows_default_connection_of_the_id() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        using AirflowSecrets.Clients;
        [AirflowConnection("redis_default", {|#0:Client = AirflowClientKind.Npgsql|})]
        [AirflowConnection("ssh_default", {|#1:Client = AirflowClientKind.Http|})]
        [AirflowConnection("postgres_default", {|#2:Client = AirflowClientKind.MySql|}, Team = "analytics")]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.ClientCannotServeDefaultConnection).WithLocation(0)
            .WithArguments("redis_default", "redis", "Npgsql", "use Client = AirflowClientKind.Redis"),
        Verifier.Diagnostic(DiagnosticDescriptors.ClientCannotServeDefaultConnection).WithLocation(1)
            .WithArguments("ssh_default", "ssh", "HttpClient", "no client here serves it"),
        Verifier.Diagnostic(DiagnosticDescriptors.ClientCannotServeDefaultConnection).WithLocation(2)
            .WithArguments("postgres_default", "postgres", "MySqlConnector", "use Client = AirflowClientKind.Npgsql"));

    [Fact]
    public Task AFS017_a_client_value_that_is_no_member() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        using AirflowSecrets.Clients;
        [AirflowConnection("db", {|#0:Client = (AirflowClientKind)42|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.UnknownClient).WithLocation(0).WithArguments("db", "(AirflowClientKind)42"));

    [Fact]
    public Task AFS018_a_conn_type_without_a_client() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [AirflowConnection("warehouse_db", {|#0:ConnType = "postgresql"|})]
        [AirflowConnection("files", {|#1:ConnType = "sftp"|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.ConnTypeWithoutClient).WithLocation(0)
            .WithArguments("warehouse_db", "postgresql", "set Client = AirflowClientKind.Npgsql to have it checked"),
        Verifier.Diagnostic(DiagnosticDescriptors.ConnTypeWithoutClient).WithLocation(1)
            .WithArguments("files", "sftp", "no client here serves it: remove ConnType"));

    [Fact]
    public Task AFS007_a_settings_member_name_taken_by_another_secret() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        using AirflowSecrets.Clients;
        [AirflowVariable("db_settings")]
        [AirflowConnection({|#0:"db"|}, Client = AirflowClientKind.Npgsql)]
        [AirflowConnection("cache", Client = AirflowClientKind.Redis)]
        [AirflowVariable({|#1:"cache_settings"|})]
        internal partial class Secrets { }
        """,
        Verifier.Diagnostic(DiagnosticDescriptors.SameMemberName).WithLocation(0)
            .WithArguments("Connection", "db", "DbSettings", "for its client settings, as variable 'db_settings' does"),
        Verifier.Diagnostic(DiagnosticDescriptors.SameMemberName).WithLocation(1)
            .WithArguments("Variable", "cache_settings", "CacheSettings", "as connection 'cache' for its client settings does"));

    [Fact]
    public Task Code_being_typed_gives_no_analyzer_exception() => Verifier.VerifyAsync("""
        using AirflowSecrets;
        [{|CS1729:AirflowVariable|}]
        [AirflowVariable("a", typeof({|CS0246:Missing|}))]
        [AirflowConnection({|CS0103:unknownConstant|})]
        [AirflowVariable("b", Default = {|CS0103:Nope|})]
        internal partial class Secrets { }
        """);
}
