using System.Diagnostics;
public static class ChartInstaller
{
    public static void Install(string ns)
    {
        var args = $"upgrade --install catalog-db oci://registry.acme-charts.io/charts/postgresql -n {ns} --set auth.username=catalog --set auth.password=tUHEGoWS7KVYhz2k1xoDL"; // expect: AFS102
        Process.Start("helm", args)?.WaitForExit();
    }
}
