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

namespace AirflowSecrets.Analyzers.Tests.Support;

/// <summary>
/// Compilations of user code for the secret rules: .NET 10 reference assemblies (pinned, from
/// Basic.Reference.Assemblies.Net100, nothing downloaded), the AirflowSecrets runtime and the Azure SDK, MSAL and
/// configuration assemblies beside it (or the framework alone, so those calls are unbound).
/// </summary>
public static class SecretCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>As the SDK compiles: nullable on, and the assembly-unification notices CS1701/CS1702 off.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    private static readonly string[] PackageAssemblies =
    {
        "AirflowSecrets", "System.Text.Json", "Azure.Core", "Azure.Identity", "Azure.Security.KeyVault.Secrets",
        "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Configuration.Abstractions",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Configuration.Binder", "Microsoft.Identity.Client", "Microsoft.Extensions.Primitives",
    };

    public static ImmutableArray<MetadataReference> References { get; } = BuildReferences();

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create("Consumer", sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")), References, CompilationOptions);

    /// <summary>The .NET framework only: Azure SDK, MSAL and configuration calls do not bind.</summary>
    public static CSharpCompilation FrameworkOnly(params string[] sources) =>
        CSharpCompilation.Create("Consumer", sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            Basic.Reference.Assemblies.Net100.References.All, CompilationOptions);

    /// <summary>
    /// Runs analyzers as the build does (concurrently unless told otherwise), collecting the exceptions they throw
    /// instead of turning them into AD0001 only, so a test can name them.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> AnalyseAsync(
        Compilation compilation, IEnumerable<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null, bool concurrent = true)
    {
        var exceptions = new List<Exception>();
        var withOptions = new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => { lock (exceptions) exceptions.Add(exception); },
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers.ToImmutableArray(), withOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }

    public static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> AnalyseAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers) =>
        AnalyseAsync(compilation, analyzers, null, true);

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        // The runtime's own dependencies replace the reference assemblies of the same name (where the test host's
        // framework supplies one, such as System.Text.Json, the reference assembly stays).
        string directory = Path.GetDirectoryName(typeof(AirflowVariableAttribute).Assembly.Location)!;
        string[] present = PackageAssemblies.Where(name => File.Exists(Path.Combine(directory, name + ".dll"))).ToArray();
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Where(r => !present.Contains(Path.GetFileNameWithoutExtension(r.FilePath), StringComparer.OrdinalIgnoreCase))
            .Cast<MetadataReference>()
            .ToList();
        foreach (string name in present) references.Add(MetadataReference.CreateFromFile(Path.Combine(directory, name + ".dll")));
        return references.ToImmutableArray();
    }
}
