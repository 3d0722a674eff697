namespace Ops.Deploy;

public static class HelmCommands
{
    public static string InstallMariaDb(string ns) =>
        $"helm upgrade --install catalog-db oci://registry-1.docker.io/bitnamicharts/mariadb -n {ns} " +
        "--set auth.rootPassword=zyzkutBIOuIzsqLDt3 --set primary.persistence.size=20Gi"; // expect: AFS102
}
