namespace Store.Migrations;

public static class Instructions
{
    public const string Manual = "Run: sqlcmd -S <server> -d store -U <user> -P <password> -i migrate.sql";
}
