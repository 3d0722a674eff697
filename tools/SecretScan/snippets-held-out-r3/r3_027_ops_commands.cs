using System.Diagnostics;

namespace DevEnv;

public static class LocalStack
{
    public static void Up()
    {
        Run("docker", "run -d --name pg-dev -e POSTGRES_USER=dev -e POSTGRES_PASSWORD=Pg-Local!dev9 -p 5432:5432 postgres:16"); // expect: AFS102
        Run("helm", "upgrade --install cache bitnami/redis --namespace dev --set auth.password=R3dis-Helm-dev --set architecture=standalone"); // expect: AFS102
        Run("sqlcmd", "-S localhost,1433 -U sa -P \"Sql!Seed-2024x\" -i seed.sql"); // expect: AFS102
    }

    private static void Run(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false })!;
        p.WaitForExit();
    }
}
