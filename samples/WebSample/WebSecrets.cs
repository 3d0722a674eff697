using System.Collections.Generic;
using AirflowSecrets;

namespace WebSample;

/// <summary>How the reports endpoint behaves; bound from the JSON variable <c>report_settings</c>.</summary>
public sealed class ReportSettings
{
    public string Title { get; set; } = "";

    public int MaxRows { get; set; }

    public List<string> Recipients { get; set; } = new();
}

/// <summary>
/// The secrets the application declares: airflow-variables-report-settings and airflow-connections-warehouse-db.
/// Only these are read from the vault, whatever else it holds.
/// </summary>
[AirflowVariable("report_settings")]
[AirflowConnection("warehouse_db")]
public sealed partial class WebSecrets
{
}
