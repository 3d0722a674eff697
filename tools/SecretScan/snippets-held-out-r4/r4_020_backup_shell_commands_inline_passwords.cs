using System.Diagnostics;

namespace Ops.Backup;

public static class DumpCommands
{
    public static Process MySqlDump(string host, string outFile) =>
        Process.Start("mysqldump", $"-h {host} -u backup -pUjRDRvvv8NieB3x1zDocAHXVfgFPtREKF5GgEJJp --single-transaction --routines shop -r {outFile}")!;  // expect: AFS102

    public static Process PostgresDumpAll(string outFile) =>
        Process.Start("/bin/bash", $"-c \"PGPASSWORD=3pNQkaVsNI9s03e50VPNmURoKfPhwZ3XOAfJ6gZJ pg_dumpall -h pg-main.internal -U postgres > {outFile}\"")!;  // expect: AFS102
}
