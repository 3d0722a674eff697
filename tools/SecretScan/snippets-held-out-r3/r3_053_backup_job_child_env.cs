using System.Diagnostics;

namespace Backups;

public static class NightlyBackup
{
    public static void Run()
    {
        var dump = new ProcessStartInfo("pg_dump", "-h pg-prod -U backup -Fc -f /tmp/app.dump app") { UseShellExecute = false };
        dump.EnvironmentVariables["PGPASSWORD"] = "Pg-Dump-Lantern2"; // expect: AFS102
        Process.Start(dump)!.WaitForExit();

        var upload = new ProcessStartInfo("aws", "s3 cp /tmp/app.dump s3://contoso-backups/pg/") { UseShellExecute = false };
        upload.Environment["AWS_ACCESS_KEY_ID"] = Environment.GetEnvironmentVariable("BACKUP_AWS_KEY_ID");
        upload.Environment["AWS_SECRET_ACCESS_KEY"] = "JlD9BDKbGglHpexjRilF5jBjaXDP/yE+LthBkULj"; // expect: AFS102
        Process.Start(upload)!.WaitForExit();
    }
}
