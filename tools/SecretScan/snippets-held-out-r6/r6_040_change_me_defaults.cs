namespace DevEnv.Generator;

public static class SampleCompose
{
    public const string Text =
        "services:\n" +
        "  db:\n" +
        "    environment:\n" +
        "      - POSTGRES_PASSWORD=changeme\n" +
        "      - ADMIN_API_KEY=REPLACE_ME\n";
}
