using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SecretScan;
using Xunit.Abstractions;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// The committed measurement on public code bases (tools/SecretScan): the labels are well-formed and never hold a
/// value, every finding of the current rules is labelled, and the figures they give meet the bar — on the code bases
/// measured while the rules changed, at least 0.9 precision outside test folders and 0.8 with them, per rule and per code
/// base (for one with at least 5 findings), and at most 5 false alarms per 100,000 lines. (The scan itself needs the repositories and runs by hand: run.sh.)
/// </summary>
public sealed class RealCodeLabelTests
{
    private static readonly string Root = AppContext.BaseDirectory;
    private readonly ITestOutputHelper _output;

    public RealCodeLabelTests(ITestOutputHelper output) => _output = output;

    private static List<Label> Labels() => Directory.GetFiles(Path.Combine(Root, "Labels"), "*.tsv").SelectMany(Label.Read).ToList();

    private static List<Finding> Findings(string set) => Directory.GetFiles(Path.Combine(Root, "Findings", set), "*.tsv")
        .Where(f => Path.GetFileName(f) != "sizes.tsv").SelectMany(Finding.Read).ToList();

    private static List<CodeBaseSize> Sizes(string set) => CodeBaseSize.Read(Path.Combine(Root, "Findings", set, "sizes.tsv"));

    // repository -> measured | held-out | held-out-rN (held out for one round, scored once, tuned on since)
    private static Dictionary<string, string> Sets() => File.ReadLines(Path.Combine(Root, "Findings", "codebases.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[2], StringComparer.Ordinal);

    [Fact]
    public void Labels_are_well_formed_and_never_quote_a_credential()
    {
        List<Label> labels = Labels();
        Assert.NotEmpty(labels);
        Dictionary<string, string> sets = Sets();
        Assert.All(labels, l => Assert.True(sets.ContainsKey(l.Repository), l.Repository + " is not in codebases.tsv"));
        Assert.All(labels, l => Assert.Matches("^[0-9a-f]{40}$", l.Commit));
        Assert.All(labels, l => Assert.Matches(@"^.+\.cs:[0-9]+$", l.Location));

        // A true finding's reason says what kind of credential it is, never what it is.
        Assert.All(labels.Where(l => l.IsTrue), l => Assert.DoesNotContain("\"", l.Reason, StringComparison.Ordinal));
        var duplicates = labels.GroupBy(l => (l.Repository, l.Location)).Where(g => g.Count() > 1).Select(g => g.Key.Repository + " " + g.Key.Location).ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>
    /// Round 2 labelled every finding of the round-1 rules (its "before", findings/round2-before, on all ten code bases)
    /// and every finding after it; round 1 a seeded sample of 150 of the findings before it (findings/before).
    /// </summary>
    [Fact]
    public void Every_finding_of_both_rounds_rules_and_a_sample_of_150_before_them_are_labelled()
    {
        var known = new HashSet<(string, string)>(Labels().Select(l => (l.Repository, l.Location)));
        foreach (string set in new[] { "after", "round2-before" })
        {
            List<Finding> findings = Findings(set);
            Assert.NotEmpty(findings);
            Assert.Empty(findings.Where(f => !known.Contains((f.Repository, f.Location))).Select(f => set + ": " + f.Repository + " " + f.Location + " " + f.Rule));
        }

        Assert.True(Findings("before").Count(f => known.Contains((f.Repository, f.Location))) >= 150, "Fewer than 150 findings before round 1 are labelled.");
        Assert.Equal(Sets().Keys.OrderBy(k => k, StringComparer.Ordinal), Sizes("after").Select(s => s.Repository).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void The_measured_code_bases_meet_the_bar_per_rule()
    {
        Dictionary<string, string> sets = Sets();
        List<Label> labels = Labels();
        List<Finding> after = Findings("after").Where(f => sets[f.Repository] == "measured").ToList();
        List<CodeBaseSize> sizes = Sizes("after").Where(s => sets[s.Repository] == "measured").ToList();
        var rows = Scoring.Score(after, labels, sizes);
        _output.WriteLine(Scoring.Markdown(rows));

        // Per rule over all measured code bases: each rule's precision, with and without test folders.
        var verdicts = labels.ToDictionary(l => (l.Repository, l.Location), l => l.IsTrue);
        foreach (IGrouping<string, Finding> rule in after.GroupBy(f => f.Rule))
        {
            double all = rule.Count(f => verdicts[(f.Repository, f.Location)]) / (double)rule.Count();
            var outside = rule.Where(f => !f.InTests).ToList();
            string figures = string.Format(CultureInfo.InvariantCulture, "{0}: {1} findings, precision {2:0.00}; outside tests {3}", rule.Key, rule.Count(), all, outside.Count);
            _output.WriteLine(figures);

            // A rule with fewer than 5 findings is printed, not judged: one finding decides its figure.
            if (rule.Count() < 5) continue;
            Assert.True(all >= 0.8, figures);
            if (outside.Count >= 5) Assert.True(outside.Count(f => verdicts[(f.Repository, f.Location)]) / (double)outside.Count >= 0.9, figures);
        }

        // Per code base, all rules together: false alarms per 100,000 analysed lines, and (with 5 findings or more) the
        // same precision bar as per rule.
        foreach (Scoring.Row row in rows.Where(r => r.Rule == "all"))
        {
            Assert.True(row.FalseAlarmsPer100k <= 5, row.Repository + ": " + row.FalseAlarmsPer100k.ToString("0.0", CultureInfo.InvariantCulture) + " false alarms per 100k lines");
        }

        foreach (IGrouping<string, Finding> codeBase in after.GroupBy(f => f.Repository))
        {
            double all = codeBase.Count(f => verdicts[(f.Repository, f.Location)]) / (double)codeBase.Count();
            var outside = codeBase.Where(f => !f.InTests).ToList();
            string figures = string.Format(CultureInfo.InvariantCulture, "{0}: {1} findings, precision {2:0.00}; outside tests {3}", codeBase.Key, codeBase.Count(), all, outside.Count);
            _output.WriteLine(figures);
            if (codeBase.Count() >= 5) Assert.True(all >= 0.8, figures);
            if (outside.Count >= 5) Assert.True(outside.Count(f => verdicts[(f.Repository, f.Location)]) / (double)outside.Count >= 0.9, figures);
        }
    }
}
