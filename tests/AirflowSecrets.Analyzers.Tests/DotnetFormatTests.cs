using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets.CodeFixes;
using Xunit.Abstractions;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// <c>dotnet format analyzers --diagnostics AFS101 AFS102 AFS103 AFS104</c> on a project that uses the rules the way
/// a consumer's does (the analyzer and fix assemblies as analyzers): every finding of every rule is fixed, none is
/// left, and the project still builds.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "The made-up credentials of the project dotnet format fixes.")]
[SuppressMessage("AirflowSecrets.Security", "AFS102", Justification = "The made-up credentials of the project dotnet format fixes.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "The made-up credentials of the project dotnet format fixes.")]
[SuppressMessage("AirflowSecrets.Security", "AFS104", Justification = "The made-up credentials of the project dotnet format fixes.")]
public sealed class DotnetFormatTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Net;

        namespace Consumer;

        public sealed class Options { public string? Password { get; set; } }

        public static class Job
        {
            private const string ApiKey = "k3y-9f8e7d6c5b4a";
            private static readonly string Warehouse = "Host=dw;Username=etl;Password=Wh-pw-2026!";

            public static Options Make() => new Options { Password = "Winter2024!" };

            public static NetworkCredential Credential() => new NetworkCredential("svc", "n3tw0rk!");

            public static Dictionary<string, string?> Settings() => new Dictionary<string, string?>
            {
                ["AzureAd:ClientSecret"] = "azure-ad-s3cret",
                ["Smtp:Password"] = "Smtp-Pw-2026!",
            };

            public static void Configure()
            {
                Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "q9-secret-w8");
                Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE", "postgres://etl:pg-pw-9@db/dw");
            }

            public static string Token()
            {
                var published = "ghp_4mZ8xQ2vN7kL1pR9tB3wY6cH0jD5fS8gA2eU";
                return published + ApiKey + Warehouse;
            }
        }
        """;

    private readonly ITestOutputHelper _output;

    public DotnetFormatTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Dotnet_format_applies_every_fix_of_every_rule()
    {
        string directory = Path.Combine(Path.GetTempPath(), "afs-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string analyzer = typeof(HardCodedSecretAnalyzer).Assembly.Location;
            string fixes = typeof(SecretCodeFixProvider).Assembly.Location;
            await File.WriteAllTextAsync(Path.Combine(directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <EnableNETAnalyzers>false</EnableNETAnalyzers>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{analyzer}" />
                    <Analyzer Include="{fixes}" />
                  </ItemGroup>
                </Project>
                """);
            // The directory stands alone: no Directory.Build.* or central package versions of a repository above it.
            await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
            await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
            string file = Path.Combine(directory, "Job.cs");
            await File.WriteAllTextAsync(file, Source);

            (int before, string beforeOutput) = await DotnetAsync(directory, "build", "Consumer.csproj", "-nologo", "-p:TreatWarningsAsErrors=false");
            Assert.True(before == 0, beforeOutput);
            foreach (string id in new[] { "AFS101", "AFS102", "AFS103", "AFS104" }) Assert.Contains("warning " + id, beforeOutput, StringComparison.Ordinal);

            (int format, string formatOutput) = await DotnetAsync(directory, "format", "analyzers", "Consumer.csproj", "--diagnostics", "AFS101", "AFS102", "AFS103", "AFS104", "--severity", "warn", "--no-restore", "-v", "diag");
            Assert.True(format == 0, formatOutput);
            Assert.DoesNotContain("Fix All action", formatOutput, StringComparison.Ordinal);

            string fixedSource = await File.ReadAllTextAsync(file);
            _output.WriteLine(fixedSource);
            Assert.DoesNotContain("\"Winter2024!\"", fixedSource, StringComparison.Ordinal);
            Assert.DoesNotContain("SetEnvironmentVariable(\"AZURE_CLIENT_SECRET\"", fixedSource, StringComparison.Ordinal);
            Assert.Contains("Environment.GetEnvironmentVariable(\"AzureAd__ClientSecret\")", fixedSource, StringComparison.Ordinal);
            Assert.Contains("static readonly string ApiKey = Environment.GetEnvironmentVariable(\"API_KEY\")", fixedSource, StringComparison.Ordinal);
            Assert.Contains("Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\")", fixedSource, StringComparison.Ordinal);

            (int after, string afterOutput) = await DotnetAsync(directory, "build", "Consumer.csproj", "-nologo", "--no-incremental", "-p:TreatWarningsAsErrors=false");
            Assert.True(after == 0, afterOutput);
            Assert.DoesNotContain("warning AFS1", afterOutput, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file for a moment; the temporary folder is left to the system.
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
