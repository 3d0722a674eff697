using System;
using System.Collections.Generic;
using AirflowSecrets.Clients;

namespace AirflowSecrets.Configuration.Tests;

/// <summary>Settings a report job binds from the JSON variable <c>report_settings</c>.</summary>
public sealed class ReportSettings
{
    public string Title { get; set; } = "";

    public int Retries { get; set; }

    public ReportLimits Limits { get; set; } = new();

    public List<string> Recipients { get; set; } = new();
}

public sealed class ReportLimits
{
    public int MaxRows { get; set; }

    public TimeSpan Timeout { get; set; }
}

/// <summary>What the application declares; the generator writes DeclaredSecrets and OptionalSecrets.</summary>
[AirflowVariable("report_settings")]
[AirflowVariable("greeting")]
[AirflowVariable("motd", Optional = true)]
[AirflowConnection("warehouse_db")]
[AirflowConnection("orders_db", Client = AirflowClientKind.Odbc)]
[AirflowConfig("sql_alchemy_conn")]
public sealed partial class AppSecrets
{
}
