using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AirflowSecrets.PackageTests;

/// <summary>
/// The README's C# blocks that say they are complete. Such a block has, on the line before its fence,
/// <c>&lt;!-- compiles: GROUP KIND [aot] [+PACKAGE…] --&gt;</c>: the blocks of one GROUP are the files of one project,
/// KIND is <c>program</c> (top-level statements; the project is a console application) or <c>library</c>, <c>aot</c>
/// makes the project AOT-compatible (the trimming and AOT analyzers on), and <c>+AirflowSecrets.Testing</c> adds that
/// package of this repository. Each project is built against the packed packages with every warning an error.
/// </summary>
public static partial class ReadmeSnippets
{
    public sealed record Block(string Group, string Kind, bool Aot, IReadOnlyList<string> Packages, string Code, int Line);

    public static IReadOnlyList<Block> Extract(string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match marker = Marker().Match(lines[i]);
            if (!marker.Success) continue;
            string[] words = marker.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || (words[1] != "program" && words[1] != "library"))
            {
                throw new FormatException($"README line {i + 1}: a compiles marker needs a group and 'program' or 'library': {lines[i].Trim()}");
            }

            Match fence = i + 1 < lines.Length ? Fence().Match(lines[i + 1]) : Match.Empty;
            if (!fence.Success) throw new FormatException($"README line {i + 1}: a compiles marker must stand on the line before a ```csharp fence.");
            int indent = fence.Groups["indent"].Value.Length;
            var code = new List<string>();
            int j = i + 2;
            for (; j < lines.Length && lines[j].Trim() != "```"; j++)
            {
                string line = lines[j];
                code.Add(line.Length >= indent && line[..indent].Trim().Length == 0 ? line[indent..] : line.TrimStart());
            }

            if (j == lines.Length) throw new FormatException($"README line {i + 2}: the block is never closed.");
            string[] options = words.Skip(2).ToArray();
            string[] unknown = options.Where(o => o != "aot" && !o.StartsWith('+')).ToArray();
            if (unknown.Length > 0) throw new FormatException($"README line {i + 1}: unknown marker options: {string.Join(", ", unknown)}");
            blocks.Add(new Block(words[0], words[1], options.Contains("aot"), options.Where(o => o.StartsWith('+')).Select(o => o[1..]).ToArray(), string.Join("\n", code) + "\n", i + 3));
            i = j;
        }

        return blocks;
    }

    /// <summary>Writes one project per group under <paramref name="directory"/> and a solution of them all; returns the solution's path.</summary>
    public static string WriteProjects(IReadOnlyList<Block> blocks, string directory, string version)
    {
        Directory.CreateDirectory(directory);
        var solution = new List<string>();
        foreach (IGrouping<string, Block> group in blocks.GroupBy(b => b.Group))
        {
            string folder = Path.Combine(directory, group.Key);
            Directory.CreateDirectory(folder);
            int n = 0;
            foreach (Block block in group)
            {
                File.WriteAllText(Path.Combine(folder, $"Block{++n}_line{block.Line}.cs"), block.Code);
            }

            IEnumerable<string> packages = new[] { "AirflowSecrets" }.Concat(group.SelectMany(b => b.Packages)).Distinct(StringComparer.Ordinal);
            File.WriteAllText(Path.Combine(folder, group.Key + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <!-- The README's "{group.Key}" blocks, as written. -->
                  <PropertyGroup>
                    <OutputType>{(group.Any(b => b.Kind == "program") ? "Exe" : "Library")}</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
                    <IsAotCompatible>{(group.Any(b => b.Aot) ? "true" : "false")}</IsAotCompatible>
                  </PropertyGroup>
                  <ItemGroup>
                {string.Concat(packages.Select(p => $"    <PackageReference Include=\"{p}\" Version=\"{version}\" />\n"))}  </ItemGroup>
                </Project>
                """);
            solution.Add($"  <Project Path=\"{group.Key}/{group.Key}.csproj\" />");
        }

        string path = Path.Combine(directory, "readme.slnx");
        File.WriteAllText(path, "<Solution>\n" + string.Join("\n", solution) + "\n</Solution>\n");
        return path;
    }

    [GeneratedRegex(@"^\s*<!--\s*compiles:(?<words>[^>]*?)\s*-->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<indent>\s*)```csharp\s*$")]
    private static partial Regex Fence();
}
