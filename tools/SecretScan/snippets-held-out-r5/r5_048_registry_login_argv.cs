using System.Diagnostics;
public static class RegistryLogin
{
    public static void Run()
    {
        string[] argv = { "login", "registry.acme-builds.test", "--username", "ci-pusher", "--password", "BDnpR1vtAU3xkHPIMmhLjVxZU0hXLg7" }; // expect: AFS102
        var psi = new ProcessStartInfo("docker");
        foreach (var a in argv) psi.ArgumentList.Add(a);
        Process.Start(psi)?.WaitForExit();
    }
}
