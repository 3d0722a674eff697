namespace Scaffolding;

public static class EnvExample
{
    public const string Text = """
        # Copy to .env and fill in
        DB_HOST=localhost
        DB_PASSWORD=
        API_KEY=<your key here>
        JWT_SECRET=change-me
        AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}
        SMTP_PASSWORD=********
        """;

    public static void Write(string dir) => File.WriteAllText(Path.Combine(dir, ".env.example"), Text);
}
