using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AirflowSecrets.Generators.Tests.Support;

/// <summary>
/// Runs an analyzer with Microsoft.CodeAnalysis.Testing markup (<c>{|#0:code|}</c>, <c>[|code|]</c>) over the same
/// pinned references as the generator tests: nothing is downloaded.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

    public static Task VerifyAsync(string source, IReadOnlyDictionary<string, string>? buildProperties, params DiagnosticResult[] expected) =>
        VerifyAsync(source, buildProperties, TestCompilation.ParseOptions.LanguageVersion, expected);

    /// <summary>At another C# version (below C# 8 without a nullable context, as the SDK compiles such a project).</summary>
    public static async Task VerifyAsync(string source, IReadOnlyDictionary<string, string>? buildProperties, LanguageVersion version, params DiagnosticResult[] expected)
    {
        var test = new Test(version) { TestCode = source };
        if (buildProperties != null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", TestCompilation.GlobalConfig(buildProperties)));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private readonly LanguageVersion _version;

        public Test(LanguageVersion version)
        {
            _version = version;
            // An empty reference set (no package to fetch), then the pinned .NET references and the runtime.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(TestCompilation.References);
        }

        protected override ParseOptions CreateParseOptions() =>
            TestCompilation.ParseOptions.WithLanguageVersion(_version).WithDocumentationMode(DocumentationMode.Parse);

        protected override CompilationOptions CreateCompilationOptions() =>
            _version >= LanguageVersion.CSharp8 ? TestCompilation.CompilationOptions : TestCompilation.CompilationOptions.WithNullableContextOptions(NullableContextOptions.Disable);
    }
}
