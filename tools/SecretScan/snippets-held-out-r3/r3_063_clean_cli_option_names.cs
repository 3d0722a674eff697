using System.CommandLine;

namespace Tool;

public static class Options
{
    public const string OPTION_PASSWORD = "--db-password";
    public const string OPTION_CLIENT_SECRET = "--client-secret";
    public const string PasswordEnvVarOption = "--password-env";

    public static readonly Option<string?> Password = new(OPTION_PASSWORD, "Password of the database user; prefer --password-env.");
    public static readonly Option<string?> ClientSecret = new(OPTION_CLIENT_SECRET, "Client secret of the app registration (read from AZURE_CLIENT_SECRET when omitted).");
    public static readonly Option<string?> PasswordEnv = new(PasswordEnvVarOption, () => "DB_PASSWORD", "Name of the environment variable holding the password.");
}
