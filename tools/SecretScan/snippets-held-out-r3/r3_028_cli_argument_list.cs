using System.Diagnostics;

namespace Tools;

public static class Cli
{
    public static void Backup()
    {
        var psi = new ProcessStartInfo("mysqldump") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("--host=mysql-prod");
        psi.ArgumentList.Add("--user=backup");
        psi.ArgumentList.Add("--password");
        psi.ArgumentList.Add("Dump-Nightly#404"); // expect: AFS102
        psi.ArgumentList.Add("shop");
        Process.Start(psi)!.WaitForExit();
    }

    public static void Seed() =>
        Process.Start("az", "keyvault secret set --vault-name contoso-dev-kv --name smtp-password --value Smtp-Relay-93x")!.WaitForExit(); // expect: AFS102
}
