using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Analyzers;
using AirflowSecrets.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// The hard-coded-secret analyzer scored on a labelled corpus (<c>Corpus/*.cs</c>): a line ending in
/// <c>// expect: secret</c> (or the line after <c>// expect-next-line: secret</c>, for literals whose line cannot
/// hold a comment) must get an AFS1xx finding on the line where the literal starts, and no other line may. Every file must compile and
/// analyse without an analyzer exception (AD0001).
/// </summary>
public sealed class SecretCorpusTests
{
    private const string Marker = "// expect: secret";
    private const string NextLineMarker = "// expect-next-line: secret";
    private readonly ITestOutputHelper _output;

    public SecretCorpusTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// The committed corpus, or another folder of files labelled the same way when <c>AIRFLOWSECRETS_CORPUS</c> names
    /// one (to score the analyzer on snippets it was not written against; the size checks apply to the committed one).
    /// </summary>
    private static string CorpusDirectory { get; } =
        Environment.GetEnvironmentVariable("AIRFLOWSECRETS_CORPUS") is { Length: > 0 } other ? Path.GetFullPath(other) : Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static bool IsCommittedCorpus => CorpusDirectory == Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(CorpusDirectory, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_compiles_and_analyses_without_an_analyzer_exception(string file)
    {
        (ImmutableArray<Diagnostic> findings, IReadOnlyList<Exception> exceptions, Compilation compilation) = await AnalyseAsync(file);
        Assert.Empty(exceptions);
        Assert.DoesNotContain(findings, d => d.Id == "AD0001");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    [Fact]
    public Task The_analyzer_reaches_the_precision_and_recall_the_corpus_demands() => ScoreAsync(frameworkOnly: false, 0.95, 0.90);

    /// <summary>
    /// The same corpus compiled against the .NET framework alone, so every Azure SDK, MSAL and configuration call is
    /// unbound: literals, text formats and argument names must still carry most of the findings.
    /// </summary>
    [Fact]
    public Task Without_the_packages_referenced_most_secrets_are_still_found() => ScoreAsync(frameworkOnly: true, 0.95, 0.90);

    private async Task ScoreAsync(bool frameworkOnly, double minimumPrecision, double minimumRecall)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, files = 0, clean = 0;
        var misses = new List<string>();
        var leaks = new List<string>();
        foreach (object[] row in Files())
        {
            string file = (string)row[0];
            files++;
            string[] lines = File.ReadAllLines(Path.Combine(CorpusDirectory, file));
            var expected = new HashSet<int>(Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimEnd().EndsWith(Marker, StringComparison.Ordinal)));
            expected.UnionWith(Enumerable.Range(0, lines.Length - 1).Where(i => lines[i].Trim() == NextLineMarker).Select(i => i + 1));
            if (expected.Count == 0) clean++;
            (ImmutableArray<Diagnostic> findings, _, _) = await AnalyseAsync(file, frameworkOnly);
            ILookup<int, Diagnostic> byLine = findings.Where(d => d.Id.StartsWith("AFS1", StringComparison.Ordinal)).ToLookup(d => d.Location.GetLineSpan().StartLinePosition.Line);
            foreach (Diagnostic finding in byLine.SelectMany(g => g))
            {
                if (ValueIn(finding) is string echoed) leaks.Add(file + ":" + (finding.Location.GetLineSpan().StartLinePosition.Line + 1) + " repeats \"" + echoed + "\"");
            }

            var found = new HashSet<int>(byLine.Select(g => g.Key));
            foreach (int line in found)
            {
                if (expected.Contains(line)) truePositives++;
                else
                {
                    falsePositives++;
                    misses.Add("false alarm  " + file + ":" + (line + 1) + "  " + string.Join("; ", byLine[line].Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))));
                }
            }

            foreach (int line in expected.Where(l => !found.Contains(l)))
            {
                falseNegatives++;
                misses.Add("missed       " + file + ":" + (line + 1));
            }
        }

        // Nothing reported is perfectly precise, and nothing to find is perfectly recalled (a folder of clean files).
        double precision = truePositives + falsePositives == 0 ? 1 : truePositives / (double)(truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 1 : truePositives / (double)(truePositives + falseNegatives);
        string summary = string.Format(CultureInfo.InvariantCulture,
            (frameworkOnly ? "Framework references only. " : string.Empty) + "Secret corpus: {0} files ({1} without a secret), {2} secrets; found {3}, false alarms {4}, missed {5}; precision {6:0.000}, recall {7:0.000}",
            files, clean, truePositives + falseNegatives, truePositives, falsePositives, falseNegatives, precision, recall);
        _output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (string miss in misses) _output.WriteLine(miss);

        if (IsCommittedCorpus && !frameworkOnly)
        {
            Assert.True(files >= 120, "The corpus must hold at least 120 files.");
            Assert.InRange(clean / (double)files, 0.33, 0.5);
        }

        Assert.Empty(leaks);
        Assert.True(precision >= minimumPrecision, summary + "\n" + string.Join("\n", misses));
        Assert.True(recall >= minimumRecall, summary + "\n" + string.Join("\n", misses));
    }

    // A message must never repeat the value: no run of 8 or more characters of the reported code that holds a digit
    // (the made-up values here all do; the names a message may quote rarely do) may appear in it.
    private static string? ValueIn(Diagnostic finding)
    {
        string code = finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan);
        string message = finding.GetMessage(CultureInfo.InvariantCulture);
        foreach (string run in code.Split(new[] { '"', ' ', ';', ',', '=', '&', '(', ')', '{', '}', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (run.Length >= 8 && run.Any(char.IsDigit) && message.Contains(run, StringComparison.Ordinal)) return run;
        }

        return null;
    }

    private static async Task<(ImmutableArray<Diagnostic> Findings, IReadOnlyList<Exception> Exceptions, Compilation Compilation)> AnalyseAsync(string file, bool frameworkOnly = false)
    {
        string text = await File.ReadAllTextAsync(Path.Combine(CorpusDirectory, file));
        Compilation compilation = frameworkOnly ? SecretCompilation.FrameworkOnly(text) : SecretCompilation.Create(text);
        (ImmutableArray<Diagnostic> findings, IReadOnlyList<Exception> exceptions) = await SecretCompilation.AnalyseAsync(compilation, new HardCodedSecretAnalyzer());
        return (findings, exceptions, compilation);
    }
}
