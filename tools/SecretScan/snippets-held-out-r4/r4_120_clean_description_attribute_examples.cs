using System.ComponentModel;

namespace Migrator.Cli;

public sealed class MigrateSettings
{
    [Description("Target database, e.g. \"Host=db;Username=migrator;Password=<password>;Database=app\".")]
    public string? ConnectionString { get; set; }

    [Description("Storage account connection string, e.g. DefaultEndpointsProtocol=https;AccountName=<name>;AccountKey=<key>")]
    public string? ArchiveStorage { get; set; }

    [Description("Airflow connection URI, for example postgres://user:<password>@host:5432/db")]
    public string? AirflowConn { get; set; }
}
