using System.Diagnostics;

namespace Backup.Offsite;

public static class RcloneSync
{
    public static ProcessStartInfo Create()
    {
        var psi = new ProcessStartInfo("rclone", "sync /data/backups remote:library-backups --fast-list");
        psi.Environment.Add("RCLONE_CONFIG_PASS", "v4sNcxag*Hph1lZ3F!"); // expect: AFS102
        return psi;
    }
}
