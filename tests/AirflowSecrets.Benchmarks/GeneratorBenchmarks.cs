using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using AirflowSecrets.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AirflowSecrets.Benchmarks;

/// <summary>4. Generator time for 100 / 1,000 / 2,000 attributed members, first run and after an unrelated edit.</summary>
[Config(typeof(SlowConfig))]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [Params(100, 1000, 2000)]
    public int Members { get; set; }

    public static CSharpCompilation Compilation(int members)
    {
        var trees = new List<SyntaxTree>();
        const int perClass = 20;
        for (int c = 0; c * perClass < members; c++)
        {
            var source = new StringBuilder("namespace Generated.Secrets;\n");
            for (int m = 0; m < perClass && c * perClass + m < members; m++)
            {
                int n = c * perClass + m;
                string id = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                source.Append(n % 3 == 0 ? "[AirflowSecrets.AirflowConnection(\"conn_" + id + "\")]\n"
                    : n % 3 == 1 ? "[AirflowSecrets.AirflowVariable(\"var_" + id + "\", typeof(int), Default = " + id + ")]\n"
                    : "[AirflowSecrets.AirflowVariable(\"var_" + id + "\")]\n");
            }

            source.Append(System.Globalization.CultureInfo.InvariantCulture, $"internal partial class Secrets{c} {{ }}\n");
            trees.Add(CSharpSyntaxTree.ParseText(source.ToString(), path: $"Secrets{c}.cs"));
        }

        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(AirflowVariableAttribute).Assembly.Location));
        return CSharpCompilation.Create("Generated", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new SecretsGenerator().AsSourceGenerator() },
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    [GlobalSetup]
    public void SetUp()
    {
        _compilation = Compilation(Members);
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Generated; internal static class Unrelated { public static int X => 1; }"));
        _warm = Driver().RunGenerators(_compilation);
    }

    [Benchmark(Description = "first run")]
    public int FirstRun() => Driver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "after an unrelated edit")]
    public int UnrelatedEdit() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;
}
