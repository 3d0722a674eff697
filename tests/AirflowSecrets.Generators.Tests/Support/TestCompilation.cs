using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AirflowSecrets.Generators.Tests.Support;

/// <summary>
/// Compilations as a consumer's build makes them: .NET 10 reference assemblies (pinned, from
/// Basic.Reference.Assemblies.Net100, nothing downloaded; the framework the tests run on, so the Azure SDK
/// builds beside them match), the AirflowSecrets runtime and its dependencies, nullable on, documentation
/// comments checked.
/// </summary>
public static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly string[] RuntimeAssemblies =
    {
        "AirflowSecrets", "System.Text.Json", "Azure.Core", "Azure.Identity", "Azure.Security.KeyVault.Secrets",
        "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Configuration.Abstractions",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Configuration.Binder", "Microsoft.Identity.Client", "Microsoft.Extensions.Primitives",
    };

    public static ImmutableArray<MetadataReference> References { get; } = BuildReferences();

    public static CSharpCompilation Create(params string[] sources) => Create(ParseOptions.LanguageVersion, sources);

    /// <summary>
    /// A compilation at another C# version, as a project with that <c>LangVersion</c> builds it: below C# 8 there is no
    /// nullable context (the SDK leaves it off), so the compilation has none either.
    /// </summary>
    public static CSharpCompilation Create(LanguageVersion version, params string[] sources)
    {
        CSharpParseOptions parseOptions = ParseOptions.WithLanguageVersion(version);
        CSharpCompilationOptions options = parseOptions.LanguageVersion >= LanguageVersion.CSharp8
            ? CompilationOptions
            : CompilationOptions.WithNullableContextOptions(NullableContextOptions.Disable);
        return CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: "Source" + i + ".cs")),
            References,
            options);
    }

    /// <summary>
    /// A compilation that references the .NET framework only: code using the Azure SDK, MSAL or configuration packages
    /// then has calls the compiler cannot bind, as in a project whose packages the analyzer does not see.
    /// </summary>
    public static CSharpCompilation FrameworkOnly(string source) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Source0.cs") },
            Basic.Reference.Assemblies.Net100.References.All,
            CompilationOptions);

    /// <summary>As the SDK compiles: nullable on, and the assembly-unification notices CS1701/CS1702 off.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    /// <summary>
    /// Runs analyzers over a compilation as the build does (concurrently), collecting the exceptions they throw
    /// instead of turning them into AD0001 only, so a test can name them.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> AnalyseAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => { lock (exceptions) exceptions.Add(exception); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers.ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }

    /// <summary>Runs the generator; returns the driver (for incremental runs), its result and the compilation with the output added.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        Compilation compilation, IReadOnlyDictionary<string, string>? buildProperties = null, GeneratorDriver? driver = null)
    {
        // The generator sees the project's C# version through the driver's parse options, as in a build.
        driver ??= CSharpGeneratorDriver.Create(
            new[] { new SecretsGenerator().AsSourceGenerator() },
            parseOptions: compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? ParseOptions,
            optionsProvider: new BuildProperties(buildProperties ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _, CancellationToken.None);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>Every warning or error of a compilation, as text, for assertions that there are none.</summary>
    public static string[] Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        // The runtime's own dependencies replace the reference assemblies of the same name (where the test host's
        // framework supplies one, such as System.Text.Json, the reference assembly stays).
        string directory = Path.GetDirectoryName(typeof(AirflowVariableAttribute).Assembly.Location)!;
        string[] present = RuntimeAssemblies.Where(name => File.Exists(Path.Combine(directory, name + ".dll"))).ToArray();
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Where(r => !present.Contains(Path.GetFileNameWithoutExtension(r.FilePath), StringComparer.OrdinalIgnoreCase))
            .Cast<MetadataReference>()
            .ToList();
        foreach (string name in present) references.Add(MetadataReference.CreateFromFile(Path.Combine(directory, name + ".dll")));
        return references.ToImmutableArray();
    }

    // The MSBuild properties a project makes visible to the compiler (build_property.*).
    private sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public BuildProperties(IReadOnlyDictionary<string, string> properties)
        {
            _global = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }

    /// <summary>The same properties, for the analyzer test framework (an .editorconfig-style global config).</summary>
    public static string GlobalConfig(IReadOnlyDictionary<string, string> properties) =>
        "is_global = true\n" + string.Concat(properties.Select(p => "build_property." + p.Key + " = " + p.Value + "\n"));
}
