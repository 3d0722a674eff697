using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AirflowSecrets.IntegrationTests;

public enum LoadMode
{
    Append,
    Replace,
}

// Airflow's JSON is usually snake_case: map such names explicitly (names are otherwise matched ignoring case).
public sealed record WarehouseSettings(string Schema, [property: JsonPropertyName("batch_size")] int BatchSize, IReadOnlyList<string> Tables);

/// <summary>System.Text.Json source generation for the records the DAG reads: no reflection, as under Native AOT.</summary>
[JsonSerializable(typeof(WarehouseSettings))]
public sealed partial class DagJsonContext : JsonSerializerContext;

/// <summary>What a DAG task declares; the generator writes the rest.</summary>
[AirflowJsonContext(typeof(DagJsonContext))]
[AirflowVariable("my_var")]
[AirflowVariable("retries", typeof(int), Default = 3)]
[AirflowVariable("mode", typeof(LoadMode), Default = LoadMode.Append)]
[AirflowVariable("timeout", typeof(TimeSpan), Default = "00:01:00")]
[AirflowVariable("warehouse", typeof(WarehouseSettings))]
[AirflowVariable("note", Optional = true)]
[AirflowVariable("bucket", Team = "analytics")]
[AirflowConnection("postgres_default")]
[AirflowConnection("metrics_api", Optional = true)]
[AirflowConfig("sql_alchemy_conn")]
public partial class DagSecrets
{
}
