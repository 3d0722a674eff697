using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AirflowSecrets.Analyzers.Tests.Support;

/// <summary>
/// Microsoft.CodeAnalysis.Testing markup (<c>{|#0:code|}</c>, <c>{|AFS101:code|}</c>) over the pinned references of
/// <see cref="SecretCompilation"/>: nothing is downloaded. An optional <c>.editorconfig</c> text sets the rules' options.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyWithConfigAsync(source, null, expected);

    public static async Task VerifyWithConfigAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (editorConfig != null) test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            // An empty reference set (no package to fetch), then the pinned .NET references and the runtime.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(SecretCompilation.References);
        }

        protected override ParseOptions CreateParseOptions() => SecretCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

        protected override CompilationOptions CreateCompilationOptions() => SecretCompilation.CompilationOptions;
    }
}

/// <summary>Runs a code fix and, when several diagnostics are fixed, Fix All (in document, project and solution).</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Expected diagnostics are written as markup in <paramref name="source"/>: <c>{|AFS101:"…"|}</c>.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey) =>
        new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey }.RunAsync();

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(SecretCompilation.References);
            FixedState.AdditionalReferences.AddRange(SecretCompilation.References);
        }

        protected override ParseOptions CreateParseOptions() => SecretCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

        protected override CompilationOptions CreateCompilationOptions() => SecretCompilation.CompilationOptions;
    }
}
