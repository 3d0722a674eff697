using System.Diagnostics;
public static class NightlyDump
{
    public static Process Start()
    {
        var psi = new ProcessStartInfo("mysqldump", "--single-transaction -h mysql-shop.internal -u backup shop");
        psi.Environment["MYSQL_PWD"] = "lfmCcHPqKxTKN677"; // expect: AFS102
        psi.RedirectStandardOutput = true;
        return Process.Start(psi)!;
    }
}
