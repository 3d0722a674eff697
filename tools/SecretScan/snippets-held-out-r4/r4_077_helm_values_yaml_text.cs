namespace Platform.Charts;

public static class ValuesWriter
{
    public static string PostgresValues(string release) =>
        $"fullnameOverride: {release}-pg\nauth:\n  username: app\n  postgresPassword: Z0iuYAkLa-pJLFg8Vv\n  database: app\nprimary:\n  persistence:\n    size: 20Gi\n";  // expect: AFS103
}
