namespace Tool;

public static class Help
{
    public const string Usage = @"Usage: contoso-sync [options]

Options:
  --user USER            account to sign in with
  --password PASSWORD    password for the account (or set CONTOSO_PASSWORD)
  --api-key KEY          partner API key
  -h, --help             show this help";

    public const string ServicePrincipal = "az login --service-principal -u <app-id> -p <password-or-cert> --tenant <tenant>";
    public const string Sqlcmd = "sqlcmd -S <server> -U <user> -P <password> -i script.sql";
}
