namespace Airflow.DevEnv;

public static class ComposeWriter
{
    public static void Write(string dir)
    {
        File.WriteAllLines(Path.Combine(dir, "docker-compose.override.yml"), new[]
        {
            "services:",
            "  postgres:",
            "    environment:",
            "      - POSTGRES_USER=airflow",
            "      - POSTGRES_PASSWORD=wKc34CrxO-acKln0jX",  // expect: AFS102
            "  airflow-scheduler:",
            "    environment:",
            "      AIRFLOW__CORE__FERNET_KEY: '2K7w3B4oy58DZfObTs_8ugmBrY_p-72vBxgstbW2j9w='",  // expect: secret
            "      AIRFLOW__CORE__EXECUTOR: LocalExecutor",
        });
    }
}
