using System.Diagnostics;

namespace Backup.Agent;

public static class MySqlDump
{
    public static ProcessStartInfo Create(string database)
    {
        var psi = new ProcessStartInfo("mysqldump") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("--single-transaction");
        psi.ArgumentList.Add("-u");
        psi.ArgumentList.Add("backup");
        psi.ArgumentList.Add(database);
        psi.Environment["MYSQL_PWD"] = "l6rsf.j4bBN1tM"; // expect: AFS102
        return psi;
    }
}
