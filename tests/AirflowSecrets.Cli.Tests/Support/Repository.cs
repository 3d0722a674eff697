using System;
using System.IO;

namespace AirflowSecrets.Cli.Tests.Support;

/// <summary>Paths in the repository and in this test run's build output.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generators.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("Generators.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The configuration this test assembly was built in (Debug or Release).</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains(Path.DirectorySeparatorChar + "Release" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The tool as built beside the tests (its runtimeconfig is copied with it).</summary>
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "airflow-secrets.dll");

    /// <summary>The source generator and analyzers, as a consumer's build loads them.</summary>
    public static string GeneratorDll => Path.Combine(Root, "src", "AirflowSecrets.Generators", "bin", Configuration, "netstandard2.0", "AirflowSecrets.Generators.dll");

    /// <summary>The guide's example DAG: a consumer that reads its secrets configured by Airflow's environment alone.</summary>
    public static string ExampleDagDll => Path.Combine(Root, "samples", "ExampleSecretsDag", "bin", Configuration, "net10.0", "ExampleSecretsDag.dll");
}
