namespace DevEnv.Generator;

public static class ComposeFile
{
    public const string Text =
        "services:\n" +
        "  db:\n" +
        "    image: postgres:16\n" +
        "    environment:\n" +
        "      - POSTGRES_USER=library\n" +
        "      - POSTGRES_PASSWORD=Velvet-Lantern-81\n" + // expect: AFS102
        "    ports:\n" +
        "      - \"5432:5432\"\n";
}
