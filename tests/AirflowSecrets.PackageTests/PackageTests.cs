using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace AirflowSecrets.PackageTests;

/// <summary>
/// <c>dotnet pack</c> of the built projects, then a consumer made from nothing in a temporary folder that restores the
/// package by version (offline: the fresh feed and the machine's package folder are its only sources) and builds.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.Packed>
{
    private readonly Packed _packed;

    public PackageTests(Packed packed) => _packed = packed;

    [Fact]
    public void The_package_holds_the_runtime_the_analyzers_the_fixes_and_the_build_props()
    {
        using ZipArchive package = ZipFile.OpenRead(_packed.Package("AirflowSecrets"));
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/netstandard2.0/AirflowSecrets.dll", entries);
        Assert.Contains("lib/netstandard2.0/AirflowSecrets.xml", entries);
        Assert.Contains("lib/net8.0/AirflowSecrets.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AirflowSecrets.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AirflowSecrets.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AirflowSecrets.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/AirflowSecrets.props", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("Generators", StringComparison.Ordinal) || e.Contains("Analyzers", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.ChangeExtension(_packed.Package("AirflowSecrets"), ".snupkg")), "No symbol package.");

        XDocument nuspec = Nuspec(package);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        string[] dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct().ToArray();
        Assert.Contains("Azure.Security.KeyVault.Secrets", dependencies);
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || d.StartsWith("AirflowSecrets", StringComparison.Ordinal));
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("Apache-2.0", (string?)metadata.Element(ns + "license"));
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.False(string.IsNullOrWhiteSpace((string?)metadata.Element(ns + "description")));
        Assert.NotNull(metadata.Element(ns + "repository"));
    }

    [Fact]
    public void The_testing_package_depends_on_the_runtime_package()
    {
        using ZipArchive package = ZipFile.OpenRead(_packed.Package("AirflowSecrets.Testing"));
        XDocument nuspec = Nuspec(package);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        Assert.Contains(nuspec.Descendants(ns + "dependency"), d => (string?)d.Attribute("id") == "AirflowSecrets" && (string?)d.Attribute("version") == _packed.Version);
    }

    [Fact]
    public async Task A_fresh_consumer_gets_the_generated_accessors_and_the_analyzers_from_one_package_reference()
    {
        (int exitCode, string output) build = await _packed.ConsumerBuild;
        Assert.True(build.exitCode == 0, "The consumer did not build:\n" + build.output);
        Assert.Contains("warning AFS101", build.output, StringComparison.Ordinal);
        Assert.Contains("warning AFS004", build.output, StringComparison.Ordinal);
        Assert.DoesNotContain("hard-coded-s3cret!", build.output, StringComparison.Ordinal);

        (int exitCode, string output) run = Packed.Run("dotnet", Path.Combine(_packed.ConsumerDirectory, "bin", "Debug", "net10.0", "Consumer.dll"), _packed.ConsumerDirectory);
        Assert.True(run.exitCode == 0, run.output);
        Assert.Contains("My variable is: packaged-value", run.output, StringComparison.Ordinal);
        Assert.Contains("Declared: 1", run.output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_netstandard2_0_library_at_its_default_csharp_7_3_builds_every_kind_of_secret_without_a_warning()
    {
        (int exitCode, string output) = await _packed.LegacyLibraryBuild;
        Assert.True(exitCode == 0, "The netstandard2.0 library did not build:\n" + output);
        Assert.Contains("-> ", output, StringComparison.Ordinal);
        string[] warnings = Packed.Warnings(output);
        Assert.True(warnings.Length == 0, "Warnings:\n" + string.Join("\n", warnings));
        string generated = Packed.GeneratedSource(Path.Combine(_packed.ConsumersDirectory, "legacy"), "Legacy.LegacySecrets.g.cs");
        Assert.DoesNotContain("#nullable", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("Reflection<", generated.Replace("Reflection<global::Legacy.Warehouse>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_net462_application_at_its_default_csharp_7_3_builds_every_kind_of_secret_without_a_warning()
    {
        (int exitCode, string output) = await _packed.FrameworkAppBuild;
        Assert.True(exitCode == 0, "The net462 application did not build:\n" + output);
        string[] warnings = Packed.Warnings(output);
        Assert.True(warnings.Length == 0, "Warnings:\n" + string.Join("\n", warnings));
        Assert.True(File.Exists(Path.Combine(_packed.ConsumersDirectory, "framework", "bin", "Debug", "net462", "Framework.exe")), output);
    }

    [Fact]
    public async Task A_native_aot_application_reads_typed_variables_and_a_connection_from_the_environment()
    {
        (int exitCode, string output) = await _packed.AotPublish;
        Assert.True(exitCode == 0, "The Native AOT publish failed:\n" + output);
        string[] ours = Packed.TrimmingWarnings(output).Where(w => w.Contains("AirflowSecrets", StringComparison.Ordinal)).ToArray();
        Assert.True(ours.Length == 0, "Trimming/AOT warnings from AirflowSecrets:\n" + string.Join("\n", ours));

        string executable = Path.Combine(_packed.ConsumersDirectory, "aot", "bin", "Release", "net10.0", "linux-x64", "publish", "Aot");
        Assert.True(File.Exists(executable), "No native executable at " + executable);
        Assert.False(File.Exists(Path.ChangeExtension(executable, ".dll")), "The publish output holds IL assemblies: it is not Native AOT.");
        var environment = new Dictionary<string, string>
        {
            ["AIRFLOW_VAR_RETRIES"] = "5",
            ["AIRFLOW_VAR_ENABLED"] = "true",
            ["AIRFLOW_VAR_RATIO"] = "NaN",
            ["AIRFLOW_VAR_MODE"] = "\"replace\"",
            ["AIRFLOW_VAR_WAREHOUSE"] = "{\"schema\": \"dw\", \"batch_size\": 500, \"batch_size\": 800}",
            ["AIRFLOW_VAR_TIMEOUT"] = "\"00:00:30\"",
            ["AIRFLOW_CONN_WAREHOUSE_DB"] = "postgres://etl@db.internal:5432/dw",
        };
        (int code, string printed) = Packed.Run(executable, string.Empty, _packed.ConsumersDirectory, environment);
        Assert.True(code == 0, printed);
        Assert.Equal(
            new[]
            {
                "retries=5", "enabled=true", "ratio=NaN", "mode=Replace", "warehouse=dw/800", "db=postgres db.internal:5432 etl",
                "timeout=00:00:30", "start=absent", "snapshot=5 Replace dw", "configuration=800 db.internal",
            },
            printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_tool_installs_from_its_package_and_runs()
    {
        string tools = Path.Combine(_packed.ConsumerDirectory, "tools");
        (int install, string installOutput) = Packed.Run("dotnet",
            $"tool install AirflowSecrets.Cli --tool-path \"{tools}\" --version {_packed.Version} --configfile \"{Path.Combine(_packed.ConsumerDirectory, "nuget.config")}\"",
            _packed.ConsumerDirectory);
        Assert.True(install == 0, installOutput);

        string tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "airflow-secrets.exe" : "airflow-secrets");
        (int help, string helpOutput) = Packed.Run(tool, "--help", _packed.ConsumerDirectory);
        Assert.Equal(0, help);
        Assert.Contains("variables", helpOutput, StringComparison.Ordinal);
        Assert.Contains("connections", helpOutput, StringComparison.Ordinal);
        Assert.Contains("check", helpOutput, StringComparison.Ordinal);

        // No vault configured: a configuration error that names the missing setting, exit code 2.
        (int list, string listOutput) = Packed.Run(tool, "variables list", _packed.ConsumerDirectory);
        Assert.Equal(2, list);
        Assert.Contains("vault_url", listOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_readme_block_marked_complete_compiles_against_the_package_without_a_warning()
    {
        string[] groups = _packed.ReadmeBlocks.Select(b => b.Group).Distinct().ToArray();
        Assert.Subset(groups.ToHashSet(), new HashSet<string> { "quick-start", "resolver", "options", "typed" });
        (int exitCode, string output) = await _packed.ReadmeBuild;
        Assert.True(exitCode == 0, "A README block does not compile:\n" + output);
        string[] warnings = Packed.Warnings(output);
        Assert.True(warnings.Length == 0, "Warnings:\n" + string.Join("\n", warnings));
        foreach (string group in groups) Assert.Contains("  " + group + " -> ", output, StringComparison.Ordinal);
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        ZipArchiveEntry entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>
    /// Packs once for the class, then builds every consumer at once (each in its own folder): the net10.0 consumer
    /// offline, from the fresh feed and the machine's package folder; the netstandard2.0 library, the net462 application
    /// and the Native AOT application from the fresh feed and the machine's configured sources (they need packages no
    /// build of the repository restores: .NET Framework reference assemblies, the AOT compiler the SDK picks).
    /// </summary>
    public sealed class Packed : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "airflowsecrets-package-" + Guid.NewGuid().ToString("N"));

        public Packed()
        {
            // A version of its own, so that no copy restored earlier (under another version) can stand in for this build.
            Version = "0.1.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            Feed = Path.Combine(_root, "feed");
            ConsumerDirectory = Path.Combine(_root, "consumer");
            ConsumersDirectory = Path.Combine(_root, "consumers");
            Directory.CreateDirectory(Feed);
            Directory.CreateDirectory(ConsumerDirectory);
            Directory.CreateDirectory(ConsumersDirectory);

            string repository = RepositoryRoot();
            string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            foreach (string project in new[] { "src/AirflowSecrets/AirflowSecrets.csproj", "src/AirflowSecrets.Testing/AirflowSecrets.Testing.csproj", "src/AirflowSecrets.Cli/AirflowSecrets.Cli.csproj" })
            {
                (int code, string output) = Run("dotnet", $"pack \"{Path.Combine(repository, project)}\" --no-build --no-restore -c {configuration} -o \"{Feed}\" -p:Version={Version} -nodeReuse:false", repository);
                if (code != 0) throw new InvalidOperationException("dotnet pack failed for " + project + ":\n" + output);
            }

            File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="fresh" value="{Feed}" />
                    <add key="machine" value="{GlobalPackages}" />
                  </packageSources>
                </configuration>
                """);

            // The fresh feed first, then whatever the machine is configured with (no source is named here).
            File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="airflowsecrets-fresh" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);

            string consumer = Copy("Consumer", ConsumerDirectory);
            string legacy = Copy("Legacy", Path.Combine(ConsumersDirectory, "legacy"));
            string framework = Copy("Framework", Path.Combine(ConsumersDirectory, "framework"));
            File.Copy(Path.Combine(legacy, "LegacySecrets.cs"), Path.Combine(framework, "LegacySecrets.cs"));
            string aot = Copy("Aot", Path.Combine(ConsumersDirectory, "aot"));
            ReadmeBlocks = ReadmeSnippets.Extract(File.ReadAllText(Path.Combine(repository, "README.md")));
            string readme = ReadmeSnippets.WriteProjects(ReadmeBlocks, Path.Combine(ConsumersDirectory, "readme"), Version);

            // Built at once: they restore and compile independently (the machine has two cores; the AOT publish is the longest).
            const string Build = "build -c Debug -nodeReuse:false -p:UseSharedCompilation=false";
            ConsumerBuild = Task.Run(() => Run("dotnet", Build, consumer));
            LegacyLibraryBuild = Task.Run(() => Run("dotnet", Build, legacy));
            FrameworkAppBuild = Task.Run(() => Run("dotnet", Build, framework));
            AotPublish = Task.Run(() => PublishAot(aot));
            ReadmeBuild = Task.Run(() => Run("dotnet", Build + " \"" + readme + "\"", Path.GetDirectoryName(readme)!));
        }

        public string Version { get; }

        public string Feed { get; }

        public string ConsumerDirectory { get; }

        public string ConsumersDirectory { get; }

        public Task<(int ExitCode, string Output)> ConsumerBuild { get; }

        public Task<(int ExitCode, string Output)> LegacyLibraryBuild { get; }

        public Task<(int ExitCode, string Output)> FrameworkAppBuild { get; }

        public Task<(int ExitCode, string Output)> AotPublish { get; }

        public IReadOnlyList<ReadmeSnippets.Block> ReadmeBlocks { get; }

        public Task<(int ExitCode, string Output)> ReadmeBuild { get; }

        // How long each command took, written beside the logs when the folder is kept.
        private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Timings = new();

        private static string GlobalPackages => Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        /// <summary>The warnings of a build, each once; NU1603 (the restricted mirror serving a nearby version of a transitive dependency) aside.</summary>
        public static string[] Warnings(string output) =>
            output.Split('\n')
                .Where(line => line.Contains(": warning ", StringComparison.Ordinal) && !line.Contains("warning NU1603", StringComparison.Ordinal))
                .Select(line => line.Trim())
                .Distinct(StringComparer.Ordinal)
                .ToArray();

        /// <summary>The trimming and AOT warnings (IL2xxx, IL3xxx) of a publish, each once, without the project path MSBuild appends.</summary>
        public static string[] TrimmingWarnings(string output) =>
            output.Split('\n')
                .Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"warning IL[23][0-9]{3}"))
                .Select(line => System.Text.RegularExpressions.Regex.Replace(line.Trim(), @" \[[^\]]*\.csproj\]$", string.Empty))
                .Distinct(StringComparer.Ordinal)
                .ToArray();

        /// <summary>A generated file of a consumer built with <c>EmitCompilerGeneratedFiles</c>.</summary>
        public static string GeneratedSource(string project, string fileName)
        {
            string[] found = Directory.GetFiles(Path.Combine(project, "obj"), fileName, SearchOption.AllDirectories);
            Assert.True(found.Length == 1, "Expected one " + fileName + " under " + project + "/obj, found " + found.Length);
            return File.ReadAllText(found[0]);
        }

        // A template folder copied beside the others, its project file made from the template with this version.
        private string Copy(string template, string destination)
        {
            string source = Path.Combine(AppContext.BaseDirectory, template);
            Directory.CreateDirectory(destination);
            foreach (string file in Directory.GetFiles(source))
            {
                string name = Path.GetFileName(file);
                if (name.EndsWith(".template", StringComparison.Ordinal))
                {
                    File.WriteAllText(Path.Combine(destination, name[..^".template".Length]), File.ReadAllText(file).Replace("@VERSION@", Version, StringComparison.Ordinal));
                }
                else
                {
                    File.Copy(file, Path.Combine(destination, name));
                }
            }

            return destination;
        }

        private static (int ExitCode, string Output) PublishAot(string project)
        {
            // The native toolchain (clang or gcc, zlib): installed when missing, as .ci/run does.
            (int code, string output) = Run("bash", "\"" + Path.Combine(AppContext.BaseDirectory, "native-toolchain.sh") + "\"", project);
            if (code != 0) return (code, "The native toolchain for Native AOT is missing:\n" + output);
            return Run("dotnet", "publish -c Release -nodeReuse:false -p:UseSharedCompilation=false", project);
        }

        public string Package(string id) => Path.Combine(Feed, id + "." + Version + ".nupkg");

        public static (int ExitCode, string Output) Run(string file, string arguments, string directory, IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // The test host's MSBuild settings belong to its own build, not to the one started here; nor do Airflow's.
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH"
                || k.StartsWith("AIRFLOW__", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>()) start.Environment[variable.Key] = variable.Value;

            var clock = Stopwatch.StartNew();
            using Process process = Process.Start(start)!;
            var output = new StringBuilder();
            Task stdout = Task.Run(() => output.Append(process.StandardOutput.ReadToEnd()));
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            stdout.Wait();
            output.Append(stderr);
            Timings.Enqueue($"{clock.Elapsed.TotalSeconds,5:F0} s  {file} {arguments} (in {directory})");

            return (process.ExitCode, output.ToString());
        }

        public void Dispose()
        {
            // Let every build finish before its folder goes (a test that failed early may not have waited for them all).
            try
            {
                Task.WaitAll(ConsumerBuild, LegacyLibraryBuild, FrameworkAppBuild, AotPublish, ReadmeBuild);
            }
            catch (AggregateException)
            {
                // Reported by the test that awaits it.
            }

            // AIRFLOWSECRETS_KEEP_PACKAGE_TEST=1 keeps the folder, with each build's log, for a look at what was built.
            if (Environment.GetEnvironmentVariable("AIRFLOWSECRETS_KEEP_PACKAGE_TEST") == "1")
            {
                foreach ((string name, Task<(int ExitCode, string Output)> build) in new[] { ("consumer", ConsumerBuild), ("legacy", LegacyLibraryBuild), ("framework", FrameworkAppBuild), ("aot", AotPublish), ("readme", ReadmeBuild) })
                {
                    if (build.IsCompletedSuccessfully) File.WriteAllText(Path.Combine(_root, name + ".log"), build.Result.Output);
                }

                File.WriteAllLines(Path.Combine(_root, "timings.log"), Timings);
                return;
            }

            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }

            // The consumers that restore into the machine's package folder leave this version there: remove it.
            foreach (string id in new[] { "airflowsecrets", "airflowsecrets.testing", "airflowsecrets.cli" })
            {
                string extracted = Path.Combine(GlobalPackages, id, Version.ToLowerInvariant());
                try
                {
                    if (Directory.Exists(extracted)) Directory.Delete(extracted, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the next run's clean-up of its own version; harmless.
                }
            }
        }

        private static string RepositoryRoot()
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generators.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
