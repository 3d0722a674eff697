using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AirflowSecrets.Analyzers.Tests.Support;

/// <summary>Runs the secret rules with a project's <c>.editorconfig</c>/<c>.globalconfig</c> options, and, optionally, sequentially.</summary>
public static class ProjectOptions
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyseAsync(Compilation compilation, IReadOnlyDictionary<string, string> options, bool concurrent = true)
    {
        var exceptions = new List<Exception>();
        var analysis = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Provider(options)),
            (exception, _, _) => { lock (exceptions) exceptions.Add(exception); },
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()), analysis)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Empty(exceptions.Select(e => e.ToString()));
        return diagnostics;
    }

    // The same options for every file, as a .globalconfig gives them.
    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public Provider(IReadOnlyDictionary<string, string> options) => _options = new Options(options);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                bool found = _values.TryGetValue(key, out string? text);
                value = text;
                return found;
            }
        }
    }
}
