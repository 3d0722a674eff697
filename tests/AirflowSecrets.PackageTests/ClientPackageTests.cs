using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace AirflowSecrets.PackageTests;

/// <summary>
/// The client satellites, packed with the core, and a consumer made from nothing that references all six by
/// version (the fresh feed, then the machine's configured sources) and uses each. The core package must not depend on any client library.
/// </summary>
public sealed class ClientPackageTests : IClassFixture<ClientPackageTests.ClientPacked>
{
    internal static readonly (string Id, string Client)[] Satellites =
    {
        ("AirflowSecrets.Npgsql", "Npgsql"),
        ("AirflowSecrets.MySqlConnector", "MySqlConnector"),
        ("AirflowSecrets.SqlClient", "Microsoft.Data.SqlClient"),
        ("AirflowSecrets.StackExchangeRedis", "StackExchange.Redis"),
        ("AirflowSecrets.Azure.Storage.Blobs", "Azure.Storage.Blobs"),
        ("AirflowSecrets.Sqlite", "Microsoft.Data.Sqlite"),
    };

    private readonly ClientPacked _packed;

    public ClientPackageTests(ClientPacked packed) => _packed = packed;

    [Fact]
    public void The_core_package_depends_on_no_client_library()
    {
        string[] dependencies = Dependencies(_packed.Package("AirflowSecrets")).Select(d => d.Id).ToArray();
        Assert.NotEmpty(dependencies);
        foreach ((_, string client) in Satellites) Assert.DoesNotContain(client, dependencies);
        Assert.DoesNotContain(dependencies, d => d.StartsWith("StackExchange", StringComparison.Ordinal) || d.StartsWith("Azure.Storage", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_satellite_depends_on_the_core_of_its_version_and_on_its_client()
    {
        foreach ((string id, string client) in Satellites)
        {
            string package = _packed.Package(id);
            using (ZipArchive zip = ZipFile.OpenRead(package))
            {
                Assert.Contains("lib/net8.0/" + id + ".dll", zip.Entries.Select(e => e.FullName));
                Assert.Contains("lib/net8.0/" + id + ".xml", zip.Entries.Select(e => e.FullName));
            }

            (string Id, string Version)[] dependencies = Dependencies(package);
            Assert.Contains(("AirflowSecrets", _packed.Version), dependencies);
            Assert.Contains(dependencies, d => d.Id == client);
        }
    }

    [Fact]
    public void A_fresh_consumer_of_the_six_satellites_builds_and_uses_each_client()
    {
        Assert.True(_packed.ConsumerBuild.ExitCode == 0, "The consumer did not build:\n" + _packed.ConsumerBuild.Output);
        (int exitCode, string output) = PackageTests.Packed.Run("dotnet", Path.Combine(_packed.ConsumerDirectory, "bin", "Debug", "net10.0", "ClientConsumer.dll"), _packed.ConsumerDirectory);
        Assert.True(exitCode == 0, output);
        foreach (string line in new[] { "npgsql: True", "mysql: True", "sqlclient: True", "redis: True", "blob: acct", "sqlite: 42" }) Assert.Contains(line, output, StringComparison.Ordinal);
    }

    private static (string Id, string Version)[] Dependencies(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        XDocument nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        return nuspec.Descendants(ns + "dependency").Select(d => ((string)d.Attribute("id")!, (string?)d.Attribute("version") ?? string.Empty)).Distinct().ToArray();
    }

    /// <summary>Packs the core and the satellites once, and builds the consumer.</summary>
    public sealed class ClientPacked : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "airflowsecrets-clientpackages-" + Guid.NewGuid().ToString("N"));

        public ClientPacked()
        {
            Version = "0.1.0-clientpkg." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            string feed = Path.Combine(_root, "feed");
            Feed = feed;
            ConsumerDirectory = Path.Combine(_root, "consumer");
            Directory.CreateDirectory(feed);
            Directory.CreateDirectory(ConsumerDirectory);

            string repository = Repository();
            string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var projects = new List<string> { "src/AirflowSecrets/AirflowSecrets.csproj" };
            projects.AddRange(Satellites.Select(s => "src/" + s.Id + "/" + s.Id + ".csproj"));
            foreach (string project in projects)
            {
                (int code, string output) = PackageTests.Packed.Run("dotnet", $"pack \"{Path.Combine(repository, project)}\" --no-build --no-restore -c {configuration} -o \"{feed}\" -p:Version={Version} -nodeReuse:false", repository);
                if (code != 0) throw new InvalidOperationException("dotnet pack failed for " + project + ":\n" + output);
            }

            // The fresh feed first, then whatever the machine is configured with: the client libraries bring transitive
            // packages no project of this repository restores (Microsoft.Data.SqlClient 6.1.8 on net10.0 asks for
            // Microsoft.Extensions.Caching.Memory 9.0.21), so the machine's package folder alone is not enough on a new machine.
            File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="airflowsecrets-fresh" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            string template = Path.Combine(AppContext.BaseDirectory, "ClientConsumer");
            File.WriteAllText(Path.Combine(ConsumerDirectory, "ClientConsumer.csproj"), File.ReadAllText(Path.Combine(template, "ClientConsumer.csproj.template")).Replace("@VERSION@", Version, StringComparison.Ordinal));
            File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(ConsumerDirectory, "Program.cs"));
            ConsumerBuild = PackageTests.Packed.Run("dotnet", "build -c Debug -nodeReuse:false -p:UseSharedCompilation=false", ConsumerDirectory);
        }

        public string Version { get; }

        public string Feed { get; }

        public string ConsumerDirectory { get; }

        public (int ExitCode, string Output) ConsumerBuild { get; }

        public string Package(string id) => Path.Combine(Feed, id + "." + Version + ".nupkg");

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

        private static string Repository()
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generators.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
