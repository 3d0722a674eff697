using System.Diagnostics;
public static class Elevated
{
    public static Process Run(string exe) => Process.Start(new ProcessStartInfo(exe)
    {
        UserName = "maint-runner",
        Domain = "PLANT",
        PasswordInClearText = "bOr6PUpGvS-y5SIZ8+g", // expect: AFS101
        UseShellExecute = false,
    })!;
}
