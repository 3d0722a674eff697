using System.Diagnostics;

namespace Ops.Tools;

public static class RegistryLogin
{
    public static Process Run()
    {
        var psi = new ProcessStartInfo("docker");
        psi.ArgumentList.Add("login");
        psi.ArgumentList.Add("registry.build.internal");
        psi.ArgumentList.Add("--username");
        psi.ArgumentList.Add("ci-push");
        psi.ArgumentList.Add("--password");
        psi.ArgumentList.Add("csK6nWQvxtcflWNRkfoz4UKF1iqjlGeN"); // expect: AFS102
        return Process.Start(psi)!;
    }
}
