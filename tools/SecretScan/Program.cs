using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SecretScan;

/// <summary>
/// <code>
/// scan     --name owner/repo --commit SHA --root DIR --analyzer DLL [--analyzer DLL] --rules AFS101,…,S2068 --out findings.tsv --sizes sizes.tsv
/// snippets --folder DIR --analyzer DLL --rules … [--list] [--findings all.tsv]
/// score    --findings F.tsv[,G.tsv] --labels L.tsv[,M.tsv] --sizes sizes.tsv[,…] [--todo unlabelled.tsv] [--sample N --seed S]
/// </code>
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: SecretScan scan|snippets|score --option value …");
            return 2;
        }

        Dictionary<string, List<string>> options = Options(args.Skip(1));
        try
        {
            return args[0] switch
            {
                "scan" => await ScanAsync(options),
                "snippets" => await Snippets.RunAsync(One(options, "folder"), Many(options, "analyzer"), Rules(options), options.ContainsKey("list"), options.ContainsKey("findings") ? One(options, "findings") : null),
                "score" => ScoreCommand(options),
                _ => throw new ArgumentException("unknown command " + args[0]),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static async Task<int> ScanAsync(Dictionary<string, List<string>> options)
    {
        string name = One(options, "name"), commit = One(options, "commit"), output = One(options, "out");
        var codeBase = new CodeBase(One(options, "root"));
        var scanner = new Scanner(Many(options, "analyzer"), Rules(options));
        var all = new List<Finding>();
        int files = 0;
        long lines = 0, analysed = 0, testLines = 0;
        var clock = Stopwatch.StartNew();
        foreach ((string project, IReadOnlyList<string> projectFiles) in codeBase.Projects)
        {
            foreach (string file in projectFiles)
            {
                string text = await File.ReadAllTextAsync(file);
                int count = CodeBase.CountLines(text);
                files++;
                lines += count;
                if (CodeBase.IsGenerated(file, text)) continue;
                analysed += count;
                if (CodeBase.IsTestPath(codeBase.Relative(file))) testLines += count;
            }

            all.AddRange(await scanner.ScanAsync(codeBase, project, projectFiles, name, commit));
        }

        all = all.OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();
        File.WriteAllLines(output, new[] { Finding.Header }.Concat(all.Select(f => f.ToTsv())));
        var size = new CodeBaseSize(name, commit, files, lines, analysed, testLines);
        if (options.ContainsKey("sizes"))
        {
            string sizes = One(options, "sizes");
            List<string> kept = File.Exists(sizes) ? File.ReadLines(sizes).Where(l => l.Length > 0 && !l.StartsWith("repository\t", StringComparison.Ordinal) && !l.StartsWith(name + "\t", StringComparison.Ordinal)).ToList() : new List<string>();
            kept.Add(size.ToTsv());
            File.WriteAllLines(sizes, new[] { CodeBaseSize.Header }.Concat(kept.OrderBy(l => l, StringComparer.Ordinal)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} @ {commit[..Math.Min(12, commit.Length)]}: {files} files, {lines} lines ({analysed} analysed, {testLines} in tests), {codeBase.Projects.Count} projects, {clock.Elapsed.TotalSeconds:0.0} s"));
        foreach (IGrouping<string, Finding> rule in all.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int inTests = rule.Count(f => f.InTests);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Key}: {rule.Count()} findings ({rule.Count() - inTests} outside tests, {inTests} in tests), {rule.Count() * 100_000.0 / Math.Max(1, analysed):0.0} per 100k lines"));
        }

        foreach ((string analyzer, TimeSpan time) in scanner.Times.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  time {analyzer}: {time.TotalSeconds:0.000} s"));
        }

        if (scanner.Exceptions > 0) Console.WriteLine("  analyzer exceptions: " + scanner.Exceptions);
        return scanner.Exceptions == 0 ? 0 : 1;
    }

    private static int ScoreCommand(Dictionary<string, List<string>> options)
    {
        var findings = Many(options, "findings").SelectMany(Finding.Read).ToList();
        var labels = Many(options, "labels").Where(File.Exists).SelectMany(Label.Read).ToList();
        var sizes = Many(options, "sizes").SelectMany(CodeBaseSize.Read).ToList();
        Console.Write(Scoring.Markdown(Scoring.Score(findings, labels, sizes)));
        if (options.ContainsKey("todo"))
        {
            // The findings still to label (optionally a seeded random sample of them), as label rows to fill in.
            var known = new HashSet<(string, string)>(labels.Select(l => (l.Repository, l.Location)));
            var todo = findings.Where(f => !known.Contains((f.Repository, f.Location))).GroupBy(f => (f.Repository, f.Location)).Select(g => g.First()).ToList();
            if (options.ContainsKey("sample"))
            {
                var random = new Random(int.Parse(One(options, "seed"), CultureInfo.InvariantCulture));
                int sample = int.Parse(One(options, "sample"), CultureInfo.InvariantCulture);
                todo = todo.OrderBy(f => f.Repository, StringComparer.Ordinal).ThenBy(f => f.Location, StringComparer.Ordinal)
                    .Select(f => (f, Key: random.Next())).OrderBy(p => p.Key).Take(sample).Select(p => p.f).ToList();
            }

            File.WriteAllLines(One(options, "todo"), todo.Select(f => string.Join("\t", f.Repository, f.Commit, f.Location, f.Rule, "?", f.Message)));
            Console.WriteLine(todo.Count + " findings to label in " + One(options, "todo"));
        }

        return 0;
    }

    private static Dictionary<string, List<string>> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? current = null;
        foreach (string arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                current = arg[2..];
                if (!options.ContainsKey(current)) options[current] = new List<string>();
            }
            else if (current != null)
            {
                options[current].AddRange(arg.Split(',', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                throw new ArgumentException("unexpected argument " + arg);
            }
        }

        return options;
    }

    private static string One(Dictionary<string, List<string>> options, string name) =>
        options.TryGetValue(name, out List<string>? values) && values.Count == 1 ? values[0] : throw new ArgumentException("give --" + name + " once");

    private static List<string> Many(Dictionary<string, List<string>> options, string name) =>
        options.TryGetValue(name, out List<string>? values) && values.Count > 0 ? values : throw new ArgumentException("give --" + name);

    private static List<string> Rules(Dictionary<string, List<string>> options) =>
        options.ContainsKey("rules") ? Many(options, "rules") : new List<string> { "AFS101", "AFS102", "AFS103", "AFS104" };
}
