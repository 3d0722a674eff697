using System.Diagnostics;

namespace Backup.Agent;

public static class PostgresDump
{
    public static Process Start(string outFile)
    {
        Environment.SetEnvironmentVariable("PGPASSWORD", "lHCQTtwId2W*8G"); // expect: AFS102
        return Process.Start("pg_dump", $"-h db.internal -U backup -F c -f {outFile} library")!;
    }
}
