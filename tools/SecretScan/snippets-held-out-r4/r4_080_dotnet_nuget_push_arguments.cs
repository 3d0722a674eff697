using System.Diagnostics;

namespace Release.Tool;

internal static class Push
{
    public static int Run(string package)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "nuget", "push", package, "--api-key", "oy2b0t0f6lmi1iu2brqwwgtdqye3t217y2strso4aur1qy", "--source", "https://api.nuget.org/v3/index.json", "--skip-duplicate" },  // expect: AFS102
        };
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
