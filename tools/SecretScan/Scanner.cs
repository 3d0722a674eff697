using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

namespace SecretScan;

/// <summary>
/// Runs analyzers loaded from assemblies (ours, an older build of ours, SonarAnalyzer) over compilations of real code
/// that references the .NET framework and the Azure SDK only: every other type is unbound, as in a build whose
/// packages the analyzer does not see. Records each analyzer's execution time as the compiler reports it.
/// </summary>
internal sealed class Scanner
{
    // The SDK's implicit usings for Microsoft.NET.Sdk projects (most projects rely on them).
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None,
        preprocessorSymbols: new[] { "NET", "NETCOREAPP", "NET8_0_OR_GREATER", "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETSTANDARD2_0_OR_GREATER", "RELEASE", "TRACE" });

    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly HashSet<string> _rules;
    private readonly ImmutableArray<MetadataReference> _references;

    public Scanner(IEnumerable<string> analyzerPaths, IEnumerable<string> rules)
    {
        _rules = new HashSet<string>(rules, StringComparer.Ordinal);
        var loader = new Loader();
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (string path in analyzerPaths)
        {
            var reference = new AnalyzerFileReference(Path.GetFullPath(path), loader);
            reference.AnalyzerLoadFailed += (_, e) => Console.Error.WriteLine("could not load an analyzer from " + path + ": " + e.Message);
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp).Where(a => a.SupportedDiagnostics.Any(d => _rules.Contains(d.Id))));
        }

        if (analyzers.Count == 0) throw new InvalidOperationException("No analyzer in the given assemblies reports " + string.Join(", ", _rules));
        _analyzers = analyzers.ToImmutableArray();
        _references = References();
    }

    public IReadOnlyList<DiagnosticAnalyzer> Analyzers => _analyzers;

    /// <summary>Time spent in each analyzer (by type name), over everything scanned.</summary>
    public Dictionary<string, TimeSpan> Times { get; } = new(StringComparer.Ordinal);

    public int Exceptions { get; private set; }

    /// <summary>Analyses one project's files; returns the findings with paths relative to the code base.</summary>
    public async Task<List<Finding>> ScanAsync(CodeBase codeBase, string projectName, IReadOnlyList<string> files, string repository, string commit)
    {
        var trees = new List<SyntaxTree>(files.Count + 1);
        foreach (string file in files)
        {
            string text = await File.ReadAllTextAsync(file);
            trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions, path: file));
        }

        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: Path.Combine(codeBase.Root, projectName, "obj", "ImplicitUsings.g.cs")));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true,
            specificDiagnosticOptions: _rules.ToDictionary(r => r, _ => ReportDiagnostic.Warn));
        Compilation compilation = CSharpCompilation.Create("Scanned", trees, _references, options);
        int exceptions = 0;
        var analysis = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new SonarLint(Path.Combine(codeBase.Root, "SonarLint.xml"), _rules))),
            (exception, analyzer, _) =>
            {
                Interlocked.Increment(ref exceptions);
                Console.Error.WriteLine(analyzer.GetType().Name + " threw in " + projectName + ": " + exception.GetType().Name + ": " + exception.Message);
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(_analyzers, analysis);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (DiagnosticAnalyzer analyzer in _analyzers)
        {
            AnalyzerTelemetryInfo telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            string name = analyzer.GetType().FullName!;
            Times[name] = (Times.TryGetValue(name, out TimeSpan sum) ? sum : TimeSpan.Zero) + telemetry.ExecutionTime;
        }

        Exceptions += exceptions;
        var findings = new List<Finding>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!_rules.Contains(diagnostic.Id) || !diagnostic.Location.IsInSource) continue;
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string path = codeBase.Relative(span.Path);
            findings.Add(new Finding(repository, commit, path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Id,
                CodeBase.IsTestPath(path), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return findings;
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();
        var names = new HashSet<string>(references.Select(r => Path.GetFileNameWithoutExtension(((PortableExecutableReference)r).FilePath!)), StringComparer.OrdinalIgnoreCase);
        string directory = AppContext.BaseDirectory;
        foreach (string name in new[]
        {
            "Azure.Core", "Azure.Identity", "Azure.Security.KeyVault.Secrets", "Microsoft.Identity.Client", "Microsoft.Extensions.Configuration",
            "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Configuration.Binder", "Microsoft.Extensions.Primitives",
        })
        {
            string path = Path.Combine(directory, name + ".dll");
            if (File.Exists(path) && names.Add(name)) references.Add(MetadataReference.CreateFromFile(path));
        }

        return references.ToImmutableArray();
    }

    /// <summary>
    /// SonarAnalyzer raises security hotspots (S2068 is one) only for rules a SonarLint.xml activates, as SonarQube's
    /// scanner writes it; S2068 gets its default credential words. Other analyzers ignore the file.
    /// </summary>
    private sealed class SonarLint : AdditionalText
    {
        private readonly SourceText _text;

        public SonarLint(string path, IEnumerable<string> rules)
        {
            Path = path;
            string ruleList = string.Concat(rules.Where(r => r.StartsWith("S", StringComparison.Ordinal)).Select(r => r == "S2068"
                ? "<Rule><Key>S2068</Key><Parameters><Parameter><Key>credentialWords</Key><Value>password, passwd, pwd, passphrase</Value></Parameter></Parameters></Rule>"
                : "<Rule><Key>" + r + "</Key></Rule>"));
            _text = SourceText.From("<?xml version=\"1.0\" encoding=\"UTF-8\"?><AnalysisInput><Settings /><Rules>" + ruleList + "</Rules><Files /></AnalysisInput>");
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    // Loads analyzer assemblies and their neighbours (SonarAnalyzer ships its dependencies beside it).
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);

        public Loader()
        {
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                foreach (string directory in _directories.Keys)
                {
                    string candidate = Path.Combine(directory, name.Name + ".dll");
                    if (File.Exists(candidate)) return context.LoadFromAssemblyPath(candidate);
                }

                return null;
            };
        }

        public void AddDependencyLocation(string fullPath) => _directories.TryAdd(Path.GetDirectoryName(fullPath)!, 0);

        public Assembly LoadFromPath(string fullPath)
        {
            AddDependencyLocation(fullPath);
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }
}
