using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SecretScan;

/// <summary>
/// Scores analyzers on a folder of labelled snippets: a line ending in <c>// expect: AFS101</c> (a rule) or
/// <c>// expect: secret</c> (any rule) must be reported there, the line after <c>// expect-next-line: …</c> likewise,
/// and no other line may be. Each file is its own compilation.
/// </summary>
internal static class Snippets
{
    private static readonly Regex Expect = new(@"//\s*expect(?<next>-next-line)?:\s*(?<rule>[A-Za-z0-9]+)\s*$", RegexOptions.CultureInvariant);

    public static async Task<int> RunAsync(string folder, IReadOnlyList<string> analyzers, IReadOnlyList<string> rules, bool list, string? findingsFile = null)
    {
        var scanner = new Scanner(analyzers, rules);
        int tp = 0, fp = 0, fn = 0, files = 0, ruleRight = 0, ruleLabelled = 0;
        var perRule = rules.ToDictionary(r => r, _ => (Tp: 0, Fp: 0, Fn: 0), StringComparer.Ordinal);
        var notes = new List<string>();
        var all = new List<Finding>();
        foreach (string file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            files++;
            string[] lines = await File.ReadAllLinesAsync(file);
            var expected = new Dictionary<int, string>();
            for (int i = 0; i < lines.Length; i++)
            {
                Match match = Expect.Match(lines[i]);
                if (match.Success) expected[match.Groups["next"].Success ? i + 2 : i + 1] = match.Groups["rule"].Value;
            }

            var codeBase = new CodeBase(Path.GetDirectoryName(file)!);
            List<Finding> findings = await scanner.ScanAsync(codeBase, string.Empty, new[] { file }, "snippets", "-");
            all.AddRange(findings.Select(f => f with { Path = Path.GetRelativePath(folder, file) }));
            var found = findings.GroupBy(f => f.Line).ToDictionary(g => g.Key, g => g.Select(f => f.Rule).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList());
            string name = Path.GetRelativePath(folder, file);
            foreach ((int line, List<string> reported) in found)
            {
                if (expected.TryGetValue(line, out string? rule))
                {
                    tp++;
                    if (rule != "secret")
                    {
                        ruleLabelled++;
                        if (reported.Contains(rule)) ruleRight++;
                        else notes.Add("other rule   " + name + ":" + line + " expected " + rule + ", got " + string.Join(",", reported));
                    }
                }
                else
                {
                    fp++;
                    notes.Add("false alarm  " + name + ":" + line + " " + string.Join(",", reported));
                }

                foreach (string r in reported)
                {
                    if (!perRule.ContainsKey(r)) continue;
                    (int t, int f, int n) = perRule[r];
                    perRule[r] = rule == r ? (t + 1, f, n) : (t, f + 1, n);
                }
            }

            foreach ((int line, string rule) in expected.Where(e => !found.ContainsKey(e.Key)))
            {
                fn++;
                notes.Add("missed       " + name + ":" + line + " " + rule);
            }

            foreach ((int line, string rule) in expected.Where(e => perRule.ContainsKey(e.Value) && !(found.TryGetValue(e.Key, out List<string>? r) && r.Contains(e.Value))))
            {
                (int t, int f, int n) = perRule[rule];
                perRule[rule] = (t, f, n + 1);
            }
        }

        double precision = tp + fp == 0 ? 1 : tp / (double)(tp + fp);
        double recall = tp + fn == 0 ? 1 : tp / (double)(tp + fn);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} files, {tp + fn} secrets: found {tp}, false alarms {fp}, missed {fn}; precision {precision:0.000}, recall {recall:0.000}; rule as labelled {ruleRight}/{ruleLabelled}"));
        foreach ((string rule, (int t, int f, int n)) in perRule.Where(p => p.Value != (0, 0, 0)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule}: right {t}, other {f}, missed {n}; precision {(t + f == 0 ? 1 : t / (double)(t + f)):0.000}, recall {(t + n == 0 ? 1 : t / (double)(t + n)):0.000}"));
        }

        if (list) foreach (string note in notes) Console.WriteLine(note);
        if (findingsFile != null) File.WriteAllLines(findingsFile, new[] { Finding.Header }.Concat(all.Select(f => f.ToTsv())));
        return 0;
    }
}
