using System.Diagnostics;

namespace Release.Tool;

internal static class GitHubRelease
{
    public static void Create(string tag)
    {
        Environment.SetEnvironmentVariable("GH_TOKEN", "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");  // expect: AFS102
        Process.Start("gh", $"release create {tag} --generate-notes")!.WaitForExit();
    }
}
