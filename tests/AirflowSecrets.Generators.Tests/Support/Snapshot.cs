using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AirflowSecrets.Generators.Tests.Support;

/// <summary>
/// Committed expected files for generated source (Verify is not available here). A snapshot lives in
/// <c>tests/AirflowSecrets.Generators.Tests/Snapshots/{name}.g.cs.txt</c>; the generator version is scrubbed.
/// To accept new output after an intended change: <c>UPDATE_SNAPSHOTS=1 dotnet test tests/AirflowSecrets.Generators.Tests</c>,
/// then review the diff. CI never sets it, so a missing or different snapshot fails.
/// Expected files are read from the copy beside the test assembly and written to the project's folder (recorded at
/// build time): caller file paths are unusable when the build maps source paths (<c>ContinuousIntegrationBuild</c>).
/// </summary>
public static partial class Snapshot
{
    public static void Match(string name, string actual)
    {
        string fileName = name + ".g.cs.txt";
        string scrubbed = Normalize(Version().Replace(actual, "\"AirflowSecrets.Generators\", \"%VERSION%\""));
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            string source = Path.Combine(ProjectDirectory(), "Snapshots");
            Directory.CreateDirectory(source);
            File.WriteAllText(Path.Combine(source, fileName), scrubbed);
            return;
        }

        string path = Path.Combine(AppContext.BaseDirectory, "Snapshots", fileName);

        Assert.True(File.Exists(path), "No snapshot " + path + ". Run with UPDATE_SNAPSHOTS=1 to create it, then review it.");
        string[] expected = Normalize(File.ReadAllText(path)).Split('\n');
        string[] lines = scrubbed.Split('\n');
        for (int i = 0; i < Math.Min(expected.Length, lines.Length); i++)
        {
            Assert.True(expected[i] == lines[i], $"{name}: line {i + 1} differs.\nexpected: {expected[i]}\nactual:   {lines[i]}\n(UPDATE_SNAPSHOTS=1 accepts the new output.)");
        }

        Assert.True(expected.Length == lines.Length, $"{name}: expected {expected.Length} lines, got {lines.Length}.");
    }

    private static string ProjectDirectory() =>
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    [GeneratedRegex("\"AirflowSecrets\\.Generators\", \"[0-9.]+\"")]
    private static partial Regex Version();
}
