using System.Diagnostics;
public static class Containers
{
    public static Process StartDb() => Process.Start("docker", "run -d -e POSTGRES_PASSWORD=Pg9!dev_Strong -p 5432:5432 postgres:16"); // expect: AFS102
}
