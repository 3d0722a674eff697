using System;
using System.Linq;
using AirflowSecrets.Clients;
using AirflowSecrets.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Generators.Tests;

/// <summary>
/// <c>Client</c> on <c>[AirflowConnection]</c>, beyond the snapshot: what is generated when the declaration is wrong,
/// and that the generator's copy of the client catalog is the runtime's.
/// </summary>
public sealed class ClientDeclarationTests
{
    private static string Generate(string source, out string[] problems)
    {
        var (_, result, output) = TestCompilation.Run(TestCompilation.Create(source));
        Assert.Empty(result.Diagnostics);
        problems = TestCompilation.Problems(output);
        return Assert.Single(Assert.Single(result.Results).GeneratedSources).SourceText.ToString();
    }

    [Fact]
    public void The_generators_catalog_lists_the_runtimes_clients_in_the_order_of_the_enum()
    {
        // The generator knows the runtime only by name: the catalog it compiles must match the enum it emits members of.
        Assert.Equal(Enum.GetNames<AirflowClientKind>(), AirflowClientCatalog.Clients.Select(c => c.Member));
        foreach (AirflowClientKind kind in AirflowClients.All)
        {
            AirflowClientInfo info = AirflowClientCatalog.Clients[(int)kind];
            Assert.Equal(AirflowClients.Name(kind), info.Name);
            Assert.Equal(AirflowClients.ConnTypes(kind), info.ConnTypes);
            Type? settings = typeof(AirflowClients).Assembly.GetType("AirflowSecrets.Clients." + info.SettingsType);
            Assert.True(settings != null && typeof(AirflowClientSettings).IsAssignableFrom(settings), info.SettingsType);
        }
    }

    [Fact]
    public void A_client_that_is_no_member_generates_the_accessor_only()
    {
        string text = Generate("""
            using AirflowSecrets;
            using AirflowSecrets.Clients;
            [AirflowConnection("db", Client = (AirflowClientKind)42)]
            internal partial class S { }
            """, out string[] problems);
        Assert.Contains("GetDbAsync", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SettingsAsync", text, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_settings_member_name_taken_by_another_secret_is_left_out_and_the_rest_compiles()
    {
        string text = Generate("""
            using AirflowSecrets;
            using AirflowSecrets.Clients;
            [AirflowVariable("db_settings")]
            [AirflowConnection("db", Client = AirflowClientKind.Npgsql)]
            [AirflowConnection("cache", Client = AirflowClientKind.Redis)]
            internal partial class S { }
            """, out string[] problems);
        Assert.Contains("ValueTask<string> GetDbSettingsAsync(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStringSettings> GetDbSettingsAsync(", text, StringComparison.Ordinal);
        Assert.Contains("RedisSettings> GetCacheSettingsAsync(", text, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_declared_conn_type_the_client_cannot_serve_still_generates_the_member_whose_run_time_check_answers()
    {
        // AFS015 is the analyzer's error; the generated member carries the declaration so the run time says the same.
        string text = Generate("""
            using AirflowSecrets;
            using AirflowSecrets.Clients;
            [AirflowConnection("db", Client = AirflowClientKind.Npgsql, ConnType = "redis")]
            internal partial class S { }
            """, out string[] problems);
        Assert.Contains("AirflowClientKind.Npgsql, \"redis\", options, cancellationToken);", text, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public void Code_being_typed_in_client_arguments_never_makes_the_generator_throw()
    {
        foreach (string source in new[]
        {
            "[AirflowSecrets.AirflowConnection(\"a\", Client = )] partial class S { }",
            "[AirflowSecrets.AirflowConnection(\"a\", Client = AirflowSecrets.Clients.AirflowClientKind.Nope)] partial class S { }",
            "[AirflowSecrets.AirflowConnection(\"a\", Client = 3)] partial class S { }",
            "[AirflowSecrets.AirflowConnection(\"a\", ConnType = 5)] partial class S { }",
        })
        {
            var (_, result, output) = TestCompilation.Run(TestCompilation.Create(source));
            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
        }
    }
}
