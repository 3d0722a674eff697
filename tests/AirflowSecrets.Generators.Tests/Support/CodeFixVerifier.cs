using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AirflowSecrets.Generators.Tests.Support;

/// <summary>Runs a code fix (and, when several diagnostics are fixed, fix-all) over the pinned references.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Expected diagnostics are written as markup in <paramref name="source"/>: <c>{|AFS101:"…"|}</c>.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string equivalenceKey) =>
        new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey }.RunAsync();

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(TestCompilation.References);
            FixedState.AdditionalReferences.AddRange(TestCompilation.References);
        }

        protected override ParseOptions CreateParseOptions() => TestCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

        protected override CompilationOptions CreateCompilationOptions() => TestCompilation.CompilationOptions;
    }
}
