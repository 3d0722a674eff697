using System.Diagnostics;

namespace DevEnv;

public static class Docker
{
    public static void StartDatabase() =>
        Process.Start(new ProcessStartInfo("docker", "run -d --name pg -e POSTGRES_PASSWORD -e POSTGRES_USER=app -p 5432:5432 postgres:16")
        {
            UseShellExecute = false,
        })!.WaitForExit();

    public static void Login(string registry) =>
        Process.Start("sh", $"-c \"echo $ACR_TOKEN | docker login {registry} --username 00000000-0000-0000-0000-000000000000 --password-stdin\"")!.WaitForExit();

    public const string ComposeSecretFile = "POSTGRES_PASSWORD_FILE=/run/secrets/pg_password";
}
