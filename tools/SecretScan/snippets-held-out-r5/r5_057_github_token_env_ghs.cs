using System.Diagnostics;
public static class ReleaseNotes
{
    public static void Publish()
    {
        var psi = new ProcessStartInfo("gh", "release create v2.4.0 --notes-file NOTES.md");
        psi.Environment["GITHUB_TOKEN"] = "ghs_BQJugcj7TScLP5L1Hs4p9icjw4e6wJ1o3l27"; // expect: AFS102
        Process.Start(psi)?.WaitForExit();
    }
}
