using System.Collections.Generic;
using System.Text.Json.Serialization;
using AirflowSecrets;

namespace WorkerSample;

/// <summary>How the nightly export runs; stored as the JSON variable <c>export_settings</c>.</summary>
/// <param name="Schema">The schema exported.</param>
/// <param name="BatchSize">Rows per batch (<c>batch_size</c> in the JSON).</param>
/// <param name="Tables">The tables exported.</param>
public sealed record ExportSettings(string Schema, [property: JsonPropertyName("batch_size")] int BatchSize, IReadOnlyList<string> Tables);

/// <summary>The secrets the worker reads: airflow-connections-warehouse-db and airflow-variables-export-settings.</summary>
[AirflowConnection("warehouse_db")]
[AirflowVariable("export_settings", typeof(ExportSettings))]
public sealed partial class WorkerSecrets
{
}
