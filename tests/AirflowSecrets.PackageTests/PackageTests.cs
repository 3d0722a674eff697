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
    public void A_fresh_consumer_gets_the_generated_accessors_and_the_analyzers_from_one_package_reference()
    {
        Assert.True(_packed.ConsumerBuild.ExitCode == 0, "The consumer did not build:\n" + _packed.ConsumerBuild.Output);
        Assert.Contains("warning AFS101", _packed.ConsumerBuild.Output, StringComparison.Ordinal);
        Assert.Contains("warning AFS004", _packed.ConsumerBuild.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hard-coded-s3cret!", _packed.ConsumerBuild.Output, StringComparison.Ordinal);

        (int exitCode, string output) = Packed.Run("dotnet", Path.Combine(_packed.ConsumerDirectory, "bin", "Debug", "net10.0", "Consumer.dll"), _packed.ConsumerDirectory);
        Assert.True(exitCode == 0, output);
        Assert.Contains("My variable is: packaged-value", output, StringComparison.Ordinal);
        Assert.Contains("Declared: 1", output, StringComparison.Ordinal);
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

    private static XDocument Nuspec(ZipArchive package)
    {
        ZipArchiveEntry entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>Packs once for the class and builds the consumer.</summary>
    public sealed class Packed : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "airflowsecrets-package-" + Guid.NewGuid().ToString("N"));

        public Packed()
        {
            // A version of its own, so that no copy restored earlier (under another version) can stand in for this build.
            Version = "0.1.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            Feed = Path.Combine(_root, "feed");
            ConsumerDirectory = Path.Combine(_root, "consumer");
            Directory.CreateDirectory(Feed);
            Directory.CreateDirectory(ConsumerDirectory);

            string repository = RepositoryRoot();
            string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            foreach (string project in new[] { "src/AirflowSecrets/AirflowSecrets.csproj", "src/AirflowSecrets.Testing/AirflowSecrets.Testing.csproj", "src/AirflowSecrets.Cli/AirflowSecrets.Cli.csproj" })
            {
                (int code, string output) = Run("dotnet", $"pack \"{Path.Combine(repository, project)}\" --no-build --no-restore -c {configuration} -o \"{Feed}\" -p:Version={Version} -nodeReuse:false", repository);
                if (code != 0) throw new InvalidOperationException("dotnet pack failed for " + project + ":\n" + output);
            }

            string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="fresh" value="{Feed}" />
                    <add key="machine" value="{machinePackages}" />
                  </packageSources>
                </configuration>
                """);
            string template = Path.Combine(AppContext.BaseDirectory, "Consumer");
            File.WriteAllText(Path.Combine(ConsumerDirectory, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.template")).Replace("@VERSION@", Version, StringComparison.Ordinal));
            File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(ConsumerDirectory, "Program.cs"));
            ConsumerBuild = Run("dotnet", "build -c Debug -nodeReuse:false -p:UseSharedCompilation=false", ConsumerDirectory);
        }

        public string Version { get; }

        public string Feed { get; }

        public string ConsumerDirectory { get; }

        public (int ExitCode, string Output) ConsumerBuild { get; }

        public string Package(string id) => Path.Combine(Feed, id + "." + Version + ".nupkg");

        public static (int ExitCode, string Output) Run(string file, string arguments, string directory)
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

            using Process process = Process.Start(start)!;
            var output = new StringBuilder();
            Task stdout = Task.Run(() => output.Append(process.StandardOutput.ReadToEnd()));
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            stdout.Wait();
            return (process.ExitCode, output.Append(stderr).ToString());
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
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
