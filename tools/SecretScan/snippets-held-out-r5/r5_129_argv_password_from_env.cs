using System;
using System.Diagnostics;
public static class Login
{
    public static ProcessStartInfo Build()
    {
        var psi = new ProcessStartInfo("docker");
        psi.ArgumentList.Add("login");
        psi.ArgumentList.Add("--password");
        psi.ArgumentList.Add(Environment.GetEnvironmentVariable("REGISTRY_PASSWORD") ?? throw new InvalidOperationException("REGISTRY_PASSWORD is not set"));
        return psi;
    }
}
