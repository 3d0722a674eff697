using System.Diagnostics;
public static class BackupAgent
{
    public static ProcessStartInfo Build()
    {
        var psi = new ProcessStartInfo("backup-agent");
        psi.ArgumentList.Add("--server");
        psi.ArgumentList.Add("vault-backup.internal");
        psi.ArgumentList.Add("--password");
        psi.ArgumentList.Add("Q8fDeh-nQGHcAg^k"); // expect: AFS102
        return psi;
    }
}
