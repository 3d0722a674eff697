using System.Collections.Generic;
using System.Linq;
using AirflowSecrets.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AirflowSecrets.Generators.Tests;

/// <summary>
/// The generated source for representative inputs, against committed snapshots. Each input is generated and compiled
/// twice: at the latest C# version and at C# 7.3 (the default of .NET Framework and .NET Standard 2.0 projects, the
/// oldest a supported target may use), where the text differs (no nullable annotations) and has its own snapshot
/// (<c>{name}.CSharp7_3.g.cs.txt</c>). Either output must compile without a warning.
/// </summary>
public sealed class GeneratorSnapshotTests
{
    public static readonly LanguageVersion[] Versions = { LanguageVersion.Latest, LanguageVersion.CSharp7_3 };

    private static string GenerateOne(string source, IReadOnlyDictionary<string, string>? properties = null) =>
        GenerateOne(LanguageVersion.Latest, source, properties);

    private static string GenerateOne(LanguageVersion version, string source, IReadOnlyDictionary<string, string>? properties = null)
    {
        var (_, result, output) = TestCompilation.Run(TestCompilation.Create(version, source), properties);
        Assert.Empty(result.Diagnostics);
        GeneratedSourceResult generated = Assert.Single(Assert.Single(result.Results).GeneratedSources);
        string[] problems = TestCompilation.Problems(output);
        Assert.True(problems.Length == 0, "At C# " + version.ToDisplayString() + ":\n" + string.Join("\n", problems));
        return generated.SourceText.ToString();
    }

    // The snapshot at the latest version, and its C# 7.3 variant.
    private static void MatchAtEveryVersion(string name, string source, IReadOnlyDictionary<string, string>? properties = null)
    {
        Snapshot.Match(name, GenerateOne(LanguageVersion.Latest, source, properties));
        Snapshot.Match(name + ".CSharp7_3", GenerateOne(LanguageVersion.CSharp7_3, source, properties));
    }

    [Fact]
    public void The_example_of_the_issue()
    {
        MatchAtEveryVersion("PipelineSecrets", """
            using AirflowSecrets;

            namespace Example.Dags
            {
                /// <summary>The secrets of the pipeline.</summary>
                [AirflowVariable("my_var")]
                [AirflowVariable("retries", typeof(int))]
                [AirflowConnection("postgres_default")]
                public partial class PipelineSecrets
                {
                }
            }
            """);
    }

    [Fact]
    public void Every_kind_of_member()
    {
        MatchAtEveryVersion("EveryKind", """
            using System;
            using System.Collections.Generic;
            using AirflowSecrets;

            namespace Example
            {
                internal enum Schedule { Hourly, Daily }

                internal sealed class Limits
                {
                    public int MaxRows { get; set; }

                    public string[] Targets { get; set; } = Array.Empty<string>();
                }

                [AirflowVariable("region", Default = "westeurope")]
                [AirflowVariable("optional_note", Optional = true)]
                [AirflowVariable("batch_size", typeof(int?))]
                [AirflowVariable("timeout", typeof(TimeSpan), Default = "00:05:00")]
                [AirflowVariable("price", typeof(decimal), Default = "12.50")]
                [AirflowVariable("ratio", typeof(double), Default = 0.25)]
                [AirflowVariable("schedule", typeof(Schedule), Default = Schedule.Daily)]
                [AirflowVariable("enabled", typeof(bool), Default = true)]
                [AirflowVariable("targets", typeof(List<string>))]
                [AirflowVariable("limits", typeof(Limits), Optional = true)]
                [AirflowVariable("bucket", Team = "analytics")]
                [AirflowVariable("2fa-mode", Name = "TwoFactorMode")]
                [AirflowConnection("warehouse_db", Team = "analytics")]
                [AirflowConnection("metrics_api", Optional = true)]
                [AirflowConfig("sql_alchemy_conn")]
                [AirflowConfig("fernet_key", Optional = true)]
                [AirflowConfig("parallelism", Default = "32")]
                internal partial class JobSecrets
                {
                }
            }
            """);
    }

    [Fact]
    public void Typed_variables_are_read_without_reflection_and_own_types_through_their_json_context()
    {
        MatchAtEveryVersion("TypedReads", """
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;
            using AirflowSecrets;

            namespace Example
            {
                internal enum Mode { Append, Replace }

                internal sealed class Warehouse
                {
                    public string Schema { get; set; } = "";
                }

                internal struct Window
                {
                    public int Hours { get; set; }
                }

                // Written by hand here (the tests do not run System.Text.Json's generator); real code lets it write the rest.
                [JsonSerializable(typeof(Warehouse))]
                [JsonSerializable(typeof(Window))]
                internal sealed class JobJsonContext : JsonSerializerContext
                {
                    public JobJsonContext() : base(null) { }

                    public static JobJsonContext Default { get; } = new JobJsonContext();

                    protected override JsonSerializerOptions GeneratedSerializerOptions => new JsonSerializerOptions();

                    public override JsonTypeInfo GetTypeInfo(Type type) => throw new NotSupportedException();
                }

                [JsonSerializable(typeof(Window))]
                internal sealed class OtherJsonContext : JsonSerializerContext
                {
                    public OtherJsonContext() : base(null) { }

                    public static OtherJsonContext Default { get; } = new OtherJsonContext();

                    protected override JsonSerializerOptions GeneratedSerializerOptions => new JsonSerializerOptions();

                    public override JsonTypeInfo GetTypeInfo(Type type) => throw new NotSupportedException();
                }

                [AirflowJsonContext(typeof(JobJsonContext))]
                [AirflowVariable("flags", typeof(bool[]))]
                [AirflowVariable("modes", typeof(List<Mode>), Optional = true)]
                [AirflowVariable("limits", typeof(Dictionary<string, long?>))]
                [AirflowVariable("ids", typeof(IReadOnlyCollection<Guid>))]
                [AirflowVariable("tags", typeof(HashSet<string>))]
                [AirflowVariable("endpoint", typeof(Uri))]
                [AirflowVariable("start", typeof(DateOnly), Optional = true)]
                [AirflowVariable("at", typeof(TimeOnly))]
                [AirflowVariable("since", typeof(DateTimeOffset), Default = "2024-01-01T00:00:00+00:00")]
                [AirflowVariable("raw", typeof(JsonElement))]
                [AirflowVariable("node", typeof(JsonObject), Optional = true)]
                [AirflowVariable("initial", typeof(char), Default = 'x')]
                [AirflowVariable("warehouse", typeof(Warehouse))]
                [AirflowVariable("warehouses", typeof(IDictionary<string, Warehouse[]>))]
                [AirflowVariable("window", typeof(Window?))]
                [AirflowVariable("other_window", typeof(Window), JsonContext = typeof(OtherJsonContext))]
                internal partial class TypedSecrets
                {
                }
            }
            """);
    }

    [Fact]
    public void Connections_declared_for_a_client_offer_its_settings()
    {
        MatchAtEveryVersion("ClientSettings", """
            using AirflowSecrets;
            using AirflowSecrets.Clients;

            namespace Example
            {
                [AirflowConnection("warehouse_db", Client = AirflowClientKind.Npgsql, ConnType = "postgresql")]
                [AirflowConnection("reporting", Client = AirflowClientKind.Odbc, ConnType = "mssql", Team = "analytics")]
                [AirflowConnection("cache", Client = AirflowClientKind.Redis, Optional = true)]
                [AirflowConnection("landing", Client = AirflowClientKind.Blob)]
                [AirflowConnection("http_default", Client = AirflowClientKind.Http)]
                [AirflowConnection("local_db", Client = AirflowClientKind.Sqlite, Name = "Local")]
                [AirflowConnection("mysql_default", Client = AirflowClientKind.MySql)]
                [AirflowConnection("mssql_default", Client = AirflowClientKind.SqlClient)]
                [AirflowConnection("plain")]
                internal partial class ClientSecrets
                {
                }
            }
            """);
    }

    [Fact]
    public void Nested_generic_and_global_namespace_classes()
    {
        MatchAtEveryVersion("Nested", """
            using AirflowSecrets;

            internal partial class Outer<T> where T : class
            {
                internal partial struct Middle
                {
                    [AirflowConnection("db")]
                    internal partial class Secrets
                    {
                    }
                }
            }
            """);
    }

    [Fact]
    public void Build_properties_change_the_documented_names()
    {
        MatchAtEveryVersion("CustomNaming", """
            using AirflowSecrets;

            namespace Example
            {
                [AirflowVariable("my_var")]
                [AirflowConnection("my_db")]
                [AirflowConfig("my_config")]
                internal partial class Secrets
                {
                }
            }
            """,
            new Dictionary<string, string>
            {
                ["AirflowSecrets_VariablesPrefix"] = "(none)",
                ["AirflowSecrets_ConnectionsPrefix"] = "(disabled)",
                ["AirflowSecrets_ConfigPrefix"] = "cfg__",
                ["AirflowSecrets_Separator"] = "_",
            });
    }

    [Fact]
    public void Attributes_spread_over_partial_declarations_give_one_file()
    {
        var (_, result, output) = TestCompilation.Run(TestCompilation.Create(
            "namespace N { [AirflowSecrets.AirflowConnection(\"b\")] internal partial class S { } }",
            "namespace N { [AirflowSecrets.AirflowVariable(\"a\")] [AirflowSecrets.AirflowConfig(\"c\")] internal partial class S { } }"));
        GeneratedSourceResult generated = Assert.Single(result.Results.Single().GeneratedSources);
        Assert.Equal("N.S.g.cs", generated.HintName);
        string text = generated.SourceText.ToString();
        Assert.Contains("GetAAsync", text, System.StringComparison.Ordinal);
        Assert.Contains("GetBAsync", text, System.StringComparison.Ordinal);
        Assert.Contains("GetCAsync", text, System.StringComparison.Ordinal);
        Assert.Empty(TestCompilation.Problems(output));
    }

    [Fact]
    public void Invalid_declarations_generate_nothing_for_them_and_no_generator_error()
    {
        var (_, result, output) = TestCompilation.Run(TestCompilation.Create("""
            using AirflowSecrets;
            [AirflowVariable("a")] internal class NotPartial { }
            [AirflowVariable("a")] internal static partial class IsStatic { }
            [AirflowVariable("a")] internal partial record IsRecord;
            [AirflowVariable("")] [AirflowVariable("ok")] [AirflowVariable("3d")] [AirflowVariable("x", typeof(object))] [AirflowVariable("ok")] internal partial class Mixed { }
            """));
        Assert.Empty(result.Diagnostics);
        GeneratedSourceResult generated = Assert.Single(result.Results.Single().GeneratedSources);
        Assert.Equal("Mixed.g.cs", generated.HintName);
        string text = generated.SourceText.ToString();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "GetOkAsync"));
        Assert.DoesNotContain("GetXAsync", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(TestCompilation.Problems(output), p => p.Contains("Mixed.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void No_secret_value_from_the_environment_reaches_the_generated_source()
    {
        const string canary = "CANARY-build-time-5d2e";
        System.Environment.SetEnvironmentVariable("AIRFLOW_VAR_MY_VAR", canary);
        try
        {
            string text = GenerateOne("[AirflowSecrets.AirflowVariable(\"my_var\")] internal partial class S { }");
            Assert.DoesNotContain(canary, text, System.StringComparison.Ordinal);
            Assert.Contains("AIRFLOW_VAR_MY_VAR", text, System.StringComparison.Ordinal);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable("AIRFLOW_VAR_MY_VAR", null);
        }
    }

    [Fact]
    public void Below_csharp_7_3_nothing_is_generated_so_no_error_is_inside_generated_code()
    {
        var (_, result, output) = TestCompilation.Run(TestCompilation.Create(LanguageVersion.CSharp7_2,
            "[AirflowSecrets.AirflowVariable(\"my_var\", Optional = true)] internal partial class S { }"));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(Assert.Single(result.Results).GeneratedSources);
        Assert.Empty(TestCompilation.Problems(output));
    }

    [Theory]
    [InlineData("[AirflowSecrets.AirflowVariable] internal partial class S { }")]
    [InlineData("[AirflowSecrets.AirflowVariable(\"a\", typeof(Missing))] internal partial class S { }")]
    [InlineData("[AirflowSecrets.AirflowVariable(unknownConstant)] internal partial class S { }")]
    [InlineData("[AirflowSecrets.AirflowVariable(\"a\", Default = Nope)] internal partial class S { }")]
    [InlineData("[AirflowSecrets.AirflowVariable(\"a\")] internal partial class S { void M( }")]
    [InlineData("[AirflowSecrets.AirflowConnection(\"a\"")]
    [InlineData("[AirflowSecrets.AirflowConfig(\"a\", Name = )] partial class")]
    [InlineData("namespace { [AirflowSecrets.AirflowVariable(\"a\")] internal partial class S<T, > { } }")]
    public void Code_being_typed_never_makes_the_generator_throw(string source)
    {
        var (_, result, output) = TestCompilation.Run(TestCompilation.Create(source));
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
    }
}
