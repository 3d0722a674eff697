using System.IO;
public static class ProjectScaffolder
{
    public static void WriteEnv(string dir) => File.WriteAllText(Path.Combine(dir, ".env"),
        "DB_HOST=localhost\nDB_USER=shop\nDB_PASSWORD=sXEdpPidSeV88SP0Zf6tW0\nLOG_LEVEL=debug\n"); // expect: AFS102
}
