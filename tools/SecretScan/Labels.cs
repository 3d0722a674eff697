using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SecretScan;

/// <summary>One finding of one rule on a scanned code base. The message never holds the value (the rules promise it).</summary>
public sealed record Finding(string Repository, string Commit, string Path, int Line, int Column, string Rule, bool InTests, string Message)
{
    public const string Header = "repository\tcommit\tpath\tline\tcolumn\trule\tin_tests\tmessage";

    /// <summary>Where a label applies: the file and line (a rule may change, the written value does not move).</summary>
    public string Location => Path + ":" + Line.ToString(CultureInfo.InvariantCulture);

    public string ToTsv() => string.Join("\t", Repository, Commit, Path, Line.ToString(CultureInfo.InvariantCulture), Column.ToString(CultureInfo.InvariantCulture), Rule, InTests ? "1" : "0", Clean(Message));

    public static Finding Parse(string line)
    {
        string[] f = line.Split('\t');
        if (f.Length < 8) throw new FormatException("A findings row needs 8 fields: " + line);
        return new Finding(f[0], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), f[5], f[6] == "1", f[7]);
    }

    public static List<Finding> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith("repository\t", StringComparison.Ordinal)).Select(Parse).ToList();

    internal static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>
/// A person's verdict on a finding: <c>tp</c> (a credential is written there) or <c>fp</c> (not a credential), with the
/// reason in words. Never the value itself.
/// </summary>
public sealed record Label(string Repository, string Commit, string Location, string Rule, string Verdict, string Reason)
{
    public const string Header = "repository\tcommit\tlocation\trule\tverdict\treason";

    public bool IsTrue => Verdict == "tp";

    public static List<Label> Read(string path)
    {
        var labels = new List<Label>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal) || line.StartsWith("repository\t", StringComparison.Ordinal)) continue;
            string[] f = line.Split('\t');
            if (f.Length != 6) throw new FormatException(path + ":" + number + ": a label row needs 6 tab-separated fields, has " + f.Length);
            if (f[4] != "tp" && f[4] != "fp") throw new FormatException(path + ":" + number + ": the verdict must be tp or fp, not '" + f[4] + "'");
            if (f[5].Trim().Length == 0) throw new FormatException(path + ":" + number + ": a label needs a reason");
            labels.Add(new Label(f[0], f[1], f[2], f[3], f[4], f[5]));
        }

        return labels;
    }
}

/// <summary>The size of a scanned code base, for rates per 100,000 lines.</summary>
public sealed record CodeBaseSize(string Repository, string Commit, int Files, long Lines, long AnalysedLines, long TestLines)
{
    public const string Header = "repository\tcommit\tfiles\tlines\tanalysed_lines\ttest_lines";

    public string ToTsv() => string.Join("\t", Repository, Commit, Files, Lines, AnalysedLines, TestLines);

    public static List<CodeBaseSize> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith("repository\t", StringComparison.Ordinal)).Select(l => l.Split('\t'))
            .Select(f => new CodeBaseSize(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture),
                long.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture)))
            .ToList();
}

/// <summary>Precision and false alarms per 100k lines, per code base and rule, from findings and their labels.</summary>
public static class Scoring
{
    public sealed record Row(string Repository, string Rule, int Findings, int Labelled, int True, int False, int LabelledOutside, int TrueOutside, double Lines)
    {
        public double Precision => Labelled == 0 ? double.NaN : True / (double)Labelled;

        public double PrecisionOutsideTests => LabelledOutside == 0 ? double.NaN : TrueOutside / (double)LabelledOutside;

        /// <summary>False alarms per 100k analysed lines, extrapolated from the labelled share when only a sample is labelled.</summary>
        public double FalseAlarmsPer100k => Labelled == 0 || Lines == 0 ? double.NaN : False / (double)Labelled * Findings / Lines * 100_000;
    }

    /// <summary>Joins findings with labels (by code base and file:line) and scores each code base's rules and all rules together.</summary>
    public static List<Row> Score(IReadOnlyList<Finding> findings, IReadOnlyList<Label> labels, IReadOnlyList<CodeBaseSize> sizes)
    {
        var verdicts = new Dictionary<(string, string), Label>();
        foreach (Label label in labels) verdicts[(label.Repository, label.Location)] = label;
        var rows = new List<Row>();
        foreach (IGrouping<string, Finding> repository in findings.GroupBy(f => f.Repository).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            double lines = sizes.FirstOrDefault(s => s.Repository == repository.Key)?.AnalysedLines ?? 0;
            var groups = repository.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())).ToList();
            groups.Add(("all", repository.ToList()));
            foreach ((string rule, List<Finding> items) in groups)
            {
                var labelled = items.Where(f => verdicts.ContainsKey((f.Repository, f.Location))).ToList();
                var outside = labelled.Where(f => !f.InTests).ToList();
                rows.Add(new Row(repository.Key, rule, items.Count, labelled.Count, labelled.Count(f => verdicts[(f.Repository, f.Location)].IsTrue),
                    labelled.Count(f => !verdicts[(f.Repository, f.Location)].IsTrue), outside.Count, outside.Count(f => verdicts[(f.Repository, f.Location)].IsTrue), lines));
            }
        }

        return rows;
    }

    public static string Markdown(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| code base | rule | findings | labelled | true | false | precision | precision outside tests | false alarms / 100k lines |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (Row row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Repository} | {row.Rule} | {row.Findings} | {row.Labelled} | {row.True} | {row.False} | {Format(row.Precision)} | {Format(row.PrecisionOutsideTests)} | {Format(row.FalseAlarmsPer100k, "0.0")} |");
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Format(double value, string format = "0.00") => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
