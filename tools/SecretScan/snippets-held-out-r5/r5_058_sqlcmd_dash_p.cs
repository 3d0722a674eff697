using System.Diagnostics;
public static class Migrations
{
    public static void Apply(string file) =>
        Process.Start("sqlcmd", $"-S sql-mig.internal -d Orders -U migrator -P h71VrGe1dHdnwIMO2 -i {file}")?.WaitForExit(); // expect: AFS102
}
