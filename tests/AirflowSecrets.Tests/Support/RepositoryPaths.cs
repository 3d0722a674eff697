using System;
using System.IO;

namespace AirflowSecrets.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Generators.sln.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Generators.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}
