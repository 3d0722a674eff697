namespace Store.Reports;

public static class LegacyConnection
{
    private const string Template = "Server=erp-db.internal;Database=erp;User Id=erp_reader;Password={0};";

    public static string Build() => string.Format(Template, Environment.GetEnvironmentVariable("ERP_DB_PASSWORD"));
}
