using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Cli;
using AirflowSecrets.Cli.Tests.Support;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Cli.Tests;

/// <summary>
/// <c>check X.csproj</c> builds the project and reads that build's output: a required key added to the code since the
/// last build is reported missing without anyone building by hand, and a build that fails is said to have failed.
/// </summary>
public sealed class CheckBuildTests : IAsyncLifetime
{
    private readonly string _project = Directory.CreateTempSubdirectory("airflow-check-project-").FullName;
    private LoopbackKeyVault _vault = null!;

    public async Task InitializeAsync()
    {
        _vault = await LoopbackKeyVault.StartAsync();

        // A job project as a consumer writes it: the runtime and the generator, nothing of this repository's build settings.
        string runtime = typeof(AirflowSecretResolver).Assembly.Location;
        await File.WriteAllTextAsync(Path.Combine(_project, "NightlyEtl.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="AirflowSecrets"><HintPath>{runtime}</HintPath></Reference>
                <Analyzer Include="{Repository.GeneratorDll}" />
              </ItemGroup>
            </Project>
            """);
        await WriteSecrets("[AirflowVariable(\"batch_size\")]");
        _vault.Store.SetVariable("batch_size", "500");
    }

    public async Task DisposeAsync()
    {
        await _vault.DisposeAsync();
        Directory.Delete(_project, recursive: true);
    }

    private Task WriteSecrets(string attributes) => File.WriteAllTextAsync(Path.Combine(_project, "JobSecrets.cs"),
        "using AirflowSecrets;\n\nnamespace NightlyEtl;\n\n" + attributes + "\npublic sealed partial class JobSecrets\n{\n}\n");

    private Task<(int Code, string Out, string Error)> Check(params string[] extra)
    {
        var args = new List<string> { "check", Path.Combine(_project, "NightlyEtl.csproj") };
        args.AddRange(extra);
        return Tool.RunAsync(_vault.VaultUri.ToString(), Tool.Trusting(_vault), args.ToArray());
    }

    [Fact]
    public async Task A_required_key_added_since_the_last_build_is_reported_missing_without_a_manual_build()
    {
        var first = await Check();
        Assert.True(first.Code == 0, first.Out + first.Error);
        Assert.Contains("ok       variable 'batch_size'", first.Out, StringComparison.Ordinal);
        Assert.Contains("1 declared, 0 required missing.", first.Out, StringComparison.Ordinal);

        // The Release build of the first check is still there: check must not read it.
        await WriteSecrets("[AirflowVariable(\"batch_size\")]\n[AirflowConnection(\"warehouse_db\")]");
        var second = await Check("--json");
        Assert.True(second.Code == 1, second.Out + second.Error);
        using JsonDocument document = JsonDocument.Parse(second.Out);
        Assert.Equal(1, document.RootElement.GetProperty("missing").GetInt32());
        JsonElement[] secrets = [.. document.RootElement.GetProperty("secrets").EnumerateArray()];
        Assert.Equal(2, secrets.Length);
        Assert.Contains(secrets, s => s.GetProperty("key").GetString() == "warehouse_db" && !s.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_project_that_does_not_build_is_said_to_have_failed_and_nothing_is_checked()
    {
        await WriteSecrets("[AirflowVariable(\"batch_size\")] this is not C#");
        var result = await Check();
        Assert.Equal(2, result.Code);
        string line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Building " + Path.Combine(_project, "NightlyEtl.csproj") + " failed, so nothing was checked: ", line, StringComparison.Ordinal);
        Assert.Contains("error CS", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_vault.Requests, r => r.Operation == "get");
    }
}
