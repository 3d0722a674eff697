using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AirflowSecrets.Analyzers.Tests.Support;
using AirflowSecrets.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// The hard-coded-secret rules scored on a labelled corpus (<c>Corpus/*.cs</c>): a line ending in
/// <c>// expect: AFS101</c> (or the line after <c>// expect-next-line: AFS101</c>, for literals whose line cannot
/// hold a comment) must get that rule's finding on the line where the literal starts, and no other line may get
/// one. The rule is the one the README's priority gives: where the value goes (AFS101 slot, AFS102 entry), then
/// what it is (AFS103 inline credential, AFS104 format). <c>// expect: secret</c> accepts any AFS1xx rule (for
/// snippet folders labelled without rules). Every file must compile and analyse without an analyzer exception.
/// </summary>
public sealed class SecretCorpusTests
{
    private static readonly Regex Expect = new(@"//\s*expect(?<next>-next-line)?:\s*(?<rule>AFS10[1-4]|secret)\s*$", RegexOptions.CultureInvariant);
    private static readonly string[] Rules = { "AFS101", "AFS102", "AFS103", "AFS104" };
    private readonly ITestOutputHelper _output;

    public SecretCorpusTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// The committed corpus, or another folder of files labelled the same way when <c>AIRFLOWSECRETS_CORPUS</c> names
    /// one (to score the rules on snippets they were not written against; the size checks apply to the committed one).
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
        Compilation compilation = TestCompilation.Create(await File.ReadAllTextAsync(Path.Combine(CorpusDirectory, file)));
        (ImmutableArray<Diagnostic> findings, IReadOnlyList<Exception> exceptions) = await TestCompilation.AnalyseAsync(compilation, new HardCodedSecretAnalyzer());
        Assert.Empty(exceptions);
        Assert.DoesNotContain(findings, d => d.Id == "AD0001");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
    }

    /// <summary>Every secret found with the rule the README gives it: any-rule and per-rule precision and recall.</summary>
    [Fact]
    public Task The_rules_reach_the_precision_and_recall_the_corpus_demands() => ScoreAsync(frameworkOnly: false);

    /// <summary>
    /// The same corpus compiled against the .NET framework alone, so every Azure SDK, MSAL and configuration call is
    /// unbound: literals, text formats, argument names and the sink table's positions must still carry the findings.
    /// </summary>
    [Fact]
    public Task Without_the_packages_referenced_the_secrets_are_still_found() => ScoreAsync(frameworkOnly: true);

    /// <summary>
    /// The whole corpus as one compilation, analysed five times concurrently and once sequentially: the same findings,
    /// rules, locations and messages every time (which rule reports a value never depends on the order analysis ran in).
    /// </summary>
    [Fact]
    public async Task The_findings_are_the_same_in_every_run()
    {
        var trees = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select((f, i) => CSharpSyntaxTree.ParseText(
                File.ReadAllText(f).Replace("namespace Corpus;", "namespace Corpus.F" + i.ToString(CultureInfo.InvariantCulture) + ";", StringComparison.Ordinal),
                TestCompilation.ParseOptions, path: Path.GetFileName(f)))
            .ToList();
        Compilation compilation = TestCompilation.Create().AddSyntaxTrees(trees);

        async Task<string[]> RunAsync(bool concurrent)
        {
            ImmutableArray<Diagnostic> findings = await ProjectOptions.AnalyseAsync(compilation, new Dictionary<string, string>(), concurrent);
            return findings.Select(d => d.Location.SourceTree!.FilePath + d.Location.SourceSpan + " " + d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))
                .OrderBy(s => s, StringComparer.Ordinal).ToArray();
        }

        string[] sequential = await RunAsync(concurrent: false);
        Assert.True(sequential.Length > 250, "Expected the corpus's findings, got " + sequential.Length);
        for (int run = 0; run < 5; run++) Assert.Equal(sequential, await RunAsync(concurrent: true));
    }

    private async Task ScoreAsync(bool frameworkOnly)
    {
        int files = 0, clean = 0, truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var perRule = Rules.ToDictionary(r => r, _ => new int[3], StringComparer.Ordinal); // right, other, missed
        var notes = new List<string>();
        var leaks = new List<string>();
        foreach (object[] row in Files())
        {
            string file = (string)row[0];
            files++;
            string[] lines = await File.ReadAllLinesAsync(Path.Combine(CorpusDirectory, file));
            var expected = new Dictionary<int, string>();
            for (int i = 0; i < lines.Length; i++)
            {
                Match match = Expect.Match(lines[i]);
                if (match.Success) expected[match.Groups["next"].Success ? i + 1 : i] = match.Groups["rule"].Value;
            }

            if (expected.Count == 0) clean++;
            string text = string.Join("\n", lines);
            Compilation compilation = frameworkOnly ? TestCompilation.FrameworkOnly(text) : TestCompilation.Create(text);
            (ImmutableArray<Diagnostic> diagnostics, _) = await TestCompilation.AnalyseAsync(compilation, new HardCodedSecretAnalyzer());
            ILookup<int, Diagnostic> byLine = diagnostics.Where(d => d.Id.StartsWith("AFS1", StringComparison.Ordinal)).ToLookup(d => d.Location.GetLineSpan().StartLinePosition.Line);
            foreach (Diagnostic finding in byLine.SelectMany(g => g))
            {
                if (ValueIn(finding) is string echoed) leaks.Add(file + ":" + (finding.Location.GetLineSpan().StartLinePosition.Line + 1) + " repeats \"" + echoed + "\"");
            }

            foreach (IGrouping<int, Diagnostic> found in byLine)
            {
                string where = file + ":" + (found.Key + 1) + "  " + string.Join("; ", found.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));
                if (!expected.TryGetValue(found.Key, out string? rule))
                {
                    falsePositives++;
                    notes.Add("false alarm  " + where);
                    foreach (Diagnostic d in found) perRule[d.Id][1]++;
                    continue;
                }

                truePositives++;
                if (rule == "secret") continue;
                if (found.Any(d => d.Id == rule)) perRule[rule][0]++;
                else notes.Add("other rule   " + where + "  (expected " + rule + ")");
                foreach (Diagnostic d in found.Where(d => d.Id != rule)) perRule[d.Id][1]++;
            }

            foreach ((int line, string rule) in expected)
            {
                bool any = byLine.Contains(line);
                if (!any)
                {
                    falseNegatives++;
                    notes.Add("missed       " + file + ":" + (line + 1) + "  (expected " + rule + ")");
                }

                if (rule != "secret" && !byLine[line].Any(d => d.Id == rule)) perRule[rule][2]++;
            }
        }

        // Nothing reported is perfectly precise, and nothing to find is perfectly recalled (a folder of clean files).
        static double Ratio(int good, int bad) => good + bad == 0 ? 1 : good / (double)(good + bad);
        double precision = Ratio(truePositives, falsePositives), recall = Ratio(truePositives, falseNegatives);
        string summary = string.Format(CultureInfo.InvariantCulture,
            (frameworkOnly ? "Framework references only. " : string.Empty) + "Secret corpus: {0} files ({1} without a secret), {2} secrets; found {3}, false alarms {4}, missed {5}; precision {6:0.000}, recall {7:0.000}",
            files, clean, truePositives + falseNegatives, truePositives, falsePositives, falseNegatives, precision, recall);
        foreach ((string rule, int[] counts) in perRule)
        {
            summary += string.Format(CultureInfo.InvariantCulture, "\n  {0}: right {1}, other {2}, missed {3}; precision {4:0.000}, recall {5:0.000}",
                rule, counts[0], counts[1], counts[2], Ratio(counts[0], counts[1]), Ratio(counts[0], counts[2]));
        }

        _output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (string note in notes) _output.WriteLine(note);
        string report = summary + "\n" + string.Join("\n", notes);

        Assert.Empty(leaks);
        if (!IsCommittedCorpus) return; // another folder is scored and printed, not judged
        Assert.True(files >= 400, "The corpus must hold at least 400 files.");
        Assert.InRange(clean / (double)files, 0.33, 0.5);

        // The corpus's bar: what the rules reached when the corpus was labelled per rule (0.997 recall before, with one
        // known miss now fixed), kept from falling.
        Assert.True(precision >= 0.99, report);
        Assert.True(recall >= 0.99, report);
        foreach ((string rule, int[] counts) in perRule)
        {
            Assert.True(Ratio(counts[0], counts[1]) >= 0.95 && Ratio(counts[0], counts[2]) >= 0.95, rule + " below 0.95:\n" + report);
        }
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
}
