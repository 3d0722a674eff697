using System.CommandLine;

namespace Store.Cli;

public static class Options
{
    public static readonly Option<string> Password = new("--password", "-p")
    {
        Description = "Password of the administrator account (read from STORE_ADMIN_PASSWORD when omitted).",
    };

    public static readonly Option<string> ApiKey = new("--api-key") { Description = "API key issued by the store." };
}
