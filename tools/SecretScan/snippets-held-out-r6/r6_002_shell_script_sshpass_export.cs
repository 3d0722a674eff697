namespace Deploy.Scripts;

public static class SyncScript
{
    public static string Render(string target) =>
        "#!/bin/sh\n" +
        "set -eu\n" +
        "export SSHPASS='cVjVxWb7%+ZzaL'\n" + // expect: AFS102
        "sshpass -e rsync -az ./publish/ deploy@" + target + ":/srv/app/\n";
}
