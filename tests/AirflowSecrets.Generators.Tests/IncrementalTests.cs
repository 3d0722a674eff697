using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using AirflowSecrets.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AirflowSecrets.Generators.Tests;

/// <summary>The generator's steps are cached when nothing relevant changed, and carry no symbols or syntax.</summary>
public sealed class IncrementalTests
{
    private const string First = """
        namespace N;
        [AirflowSecrets.AirflowVariable("my_var")]
        [AirflowSecrets.AirflowConnection("db")]
        internal partial class First { }
        """;

    private const string Second = """
        namespace N;
        [AirflowSecrets.AirflowConnection("other_db")]
        [AirflowSecrets.AirflowConfig("parallelism")]
        internal partial class Second { }
        """;

    private static readonly string[] OurSteps =
    {
        TrackingNames.Settings, TrackingNames.Variables, TrackingNames.Connections, TrackingNames.Configs,
        TrackingNames.WithSettings + "Variable", TrackingNames.WithSettings + "Connection", TrackingNames.WithSettings + "Config",
        TrackingNames.Extract + "Variable", TrackingNames.Extract + "Connection", TrackingNames.Extract + "Config",
        TrackingNames.RemoveNulls + "Variable", TrackingNames.RemoveNulls + "Connection", TrackingNames.RemoveNulls + "Config",
        TrackingNames.Language, TrackingNames.WithLanguage + "Variable", TrackingNames.WithLanguage + "Connection", TrackingNames.WithLanguage + "Config",
    };

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason, object Value)> Outputs(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedSteps
            .Where(step => OurSteps.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason, output.Value))));

    private static IncrementalStepRunReason[] SourceOutputReasons(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void A_second_run_on_the_same_input_is_entirely_cached()
    {
        CSharpCompilation compilation = TestCompilation.Create(First, Second);
        var (driver, firstRun, _) = TestCompilation.Run(compilation);
        Assert.Equal(2, firstRun.Results.Single().GeneratedSources.Length);
        Assert.NotEmpty(Outputs(firstRun));

        var (_, secondRun, _) = TestCompilation.Run(compilation.Clone(), driver: driver);
        Assert.All(Outputs(secondRun), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(SourceOutputReasons(secondRun), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_output_cached()
    {
        CSharpCompilation compilation = TestCompilation.Create(First, Second);
        var (driver, _, _) = TestCompilation.Run(compilation);
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace N; internal sealed class Unrelated { public int X => 1; }", TestCompilation.ParseOptions));

        var (_, run, _) = TestCompilation.Run(edited, driver: driver);
        Assert.All(Outputs(run), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(SourceOutputReasons(run), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Changing_one_key_regenerates_only_that_class()
    {
        CSharpCompilation compilation = TestCompilation.Create(First, Second);
        var (driver, _, _) = TestCompilation.Run(compilation);
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class First", StringComparison.Ordinal));
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(First.Replace("my_var", "my_other_var", StringComparison.Ordinal), TestCompilation.ParseOptions, old.FilePath));

        var (_, run, _) = TestCompilation.Run(edited, driver: driver);
        var modified = Outputs(run).Where(o => o.Reason == IncrementalStepRunReason.Modified && o.Step == TrackingNames.Variables).ToArray();
        Assert.Single(modified);
        var model = Assert.IsType<AirflowSecrets.Generators.Model.SecretsClassModel>(modified[0].Value);
        Assert.Equal(new[] { "my_other_var", "db" }, model.Members.Select(m => m.Key));
        Assert.DoesNotContain(Outputs(run), o => o.Step == TrackingNames.Connections && o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Unchanged);
        Assert.Equal(1, SourceOutputReasons(run).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, SourceOutputReasons(run).Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void A_build_property_change_regenerates_the_docs()
    {
        CSharpCompilation compilation = TestCompilation.Create(First);
        var (_, before, _) = TestCompilation.Run(compilation);
        var (_, after, _) = TestCompilation.Run(compilation, new Dictionary<string, string> { ["AirflowSecrets_VariablesPrefix"] = "vars" });
        string text = after.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("<c>vars-my-var</c>", text, StringComparison.Ordinal);
        Assert.Contains("<c>airflow-variables-my-var</c>", before.Results.Single().GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_version_change_regenerates_with_what_that_version_has()
    {
        CSharpCompilation latest = TestCompilation.Create(First);
        var (driver, before, _) = TestCompilation.Run(latest);
        Assert.Contains("#nullable enable", before.Results.Single().GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);

        CSharpParseOptions csharp73 = TestCompilation.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);
        CSharpCompilation older = TestCompilation.Create(LanguageVersion.CSharp7_3, First.Replace("namespace N;", "namespace N {", StringComparison.Ordinal) + "}");
        var (_, after, output) = TestCompilation.Run(older, driver: driver.WithUpdatedParseOptions(csharp73));
        string text = after.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.DoesNotContain("#nullable", text, StringComparison.Ordinal);
        Assert.Contains(Outputs(after), o => o.Step == TrackingNames.Language && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Empty(TestCompilation.Problems(output));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_location_or_compilation()
    {
        var (_, run, _) = TestCompilation.Run(TestCompilation.Create(First, Second));
        foreach (var output in Outputs(run)) AssertPlainData(output.Value, output.Step, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    private static void AssertPlainData(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel,
            path + " holds a " + value.GetType().Name + ", which would root a compilation.");
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items) AssertPlainData(item, path + "[" + i++ + "]", seen);
            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlainData(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
