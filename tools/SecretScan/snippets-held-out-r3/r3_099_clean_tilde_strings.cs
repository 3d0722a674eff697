namespace Web;

public static class Paths
{
    public const string Layout = "~/Views/Shared/_Layout.cshtml";
    public const string Report = "~/reports/Q~2024-annual-summary~final.pdf";
    public const string BackupSuffix = "orders.db~Q~bak";
    public const string QuarterLabel = "FY24-Q~3";
    public const string Home = "~";

    public static string Resolve(string path) => path.Replace("~", "/app", StringComparison.Ordinal);
}
