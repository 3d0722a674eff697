public static class Defaults
{
    public const string PostgresUser = "postgres";
    public const string PostgresDb = "postgres";
    public const string Image = "postgres:16-alpine";
    public const string PasswordParameterName = "@password";
}
