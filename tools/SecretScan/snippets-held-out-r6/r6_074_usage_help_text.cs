namespace Backup.Cli;

public static class Help
{
    public const string Usage =
        "usage: backup-agent [options]\n" +
        "  -u, --user <USER>          account on the NAS\n" +
        "  -p, --password <PASSWORD>  password of that account\n" +
        "      --token <TOKEN>        API token instead of a password\n";
}
