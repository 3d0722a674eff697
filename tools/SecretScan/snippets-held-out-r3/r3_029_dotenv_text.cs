namespace Scaffolding;

public static class EnvFile
{
    public static void Write(string dir) =>
        File.WriteAllText(Path.Combine(dir, ".env"), "COMPOSE_PROJECT_NAME=shop\nPOSTGRES_USER=shop\nPOSTGRES_PASSWORD=Shop-Compose-81\nPOSTGRES_DB=shop\n"); // expect: AFS102
}
