// A Native AOT application reading typed variables and a connection from AIRFLOW_VAR_* / AIRFLOW_CONN_*: the package
// test publishes it, runs it with those variables set, and checks each printed line.
using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Text.Json.Serialization;
using AirflowSecrets;
using Microsoft.Extensions.Configuration;

var secrets = new AotSecrets(AirflowSecretResolver.FromEnvironment());
AotSecrets.Snapshot loaded = await secrets.LoadAsync();
double ratio = await secrets.GetRatioAsync();
WarehouseSettings warehouse = await secrets.GetWarehouseAsync();
AirflowConnection db = await secrets.GetWarehouseDbAsync();

Console.WriteLine("retries=" + (await secrets.GetRetriesAsync()).ToString(CultureInfo.InvariantCulture));
Console.WriteLine("enabled=" + (await secrets.GetEnabledAsync() ? "true" : "false"));
Console.WriteLine("ratio=" + (double.IsNaN(ratio) ? "NaN" : ratio.ToString(CultureInfo.InvariantCulture)));
Console.WriteLine("mode=" + await secrets.GetModeAsync());
Console.WriteLine("warehouse=" + warehouse.Schema + "/" + warehouse.BatchSize.ToString(CultureInfo.InvariantCulture));
Console.WriteLine("db=" + db.ConnType + " " + db.Host + ":" + db.Port?.ToString(CultureInfo.InvariantCulture) + " " + db.Login);
Console.WriteLine("timeout=" + loaded.Timeout.ToString("c", CultureInfo.InvariantCulture));
Console.WriteLine("start=" + (loaded.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "absent"));
Console.WriteLine("snapshot=" + loaded.Retries.ToString(CultureInfo.InvariantCulture) + " " + loaded.Mode + " " + loaded.Warehouse.Schema);

// The configuration provider's trim-safe overload, loaded through the bare abstractions (no configuration package here).
var configuration = new SourcesOnly();
configuration.AddAirflowSecrets<AotSecrets>();
IConfigurationProvider provider = configuration.Sources[0].Build(configuration);
provider.Load();
provider.TryGet("Airflow:Variables:warehouse:batch_size", out string? batchSize);
provider.TryGet("ConnectionStrings:warehouse_db", out string? connectionString);
Console.WriteLine("configuration=" + batchSize + " " + new DbConnectionStringBuilder { ConnectionString = connectionString }["Host"]);

/// <summary>Collects configuration sources; enough to build one provider without Microsoft.Extensions.Configuration.</summary>
internal sealed class SourcesOnly : IConfigurationBuilder
{
    public IDictionary<string, object> Properties { get; } = new Dictionary<string, object>();

    public IList<IConfigurationSource> Sources { get; } = new List<IConfigurationSource>();

    public IConfigurationBuilder Add(IConfigurationSource source)
    {
        Sources.Add(source);
        return this;
    }

    public IConfigurationRoot Build() => throw new NotSupportedException();
}

/// <summary>How a load writes.</summary>
public enum LoadMode
{
    /// <summary>Adds rows.</summary>
    Append,

    /// <summary>Replaces the table.</summary>
    Replace,
}

/// <summary>Read from snake_case JSON through the context below.</summary>
public sealed record WarehouseSettings(string Schema, [property: JsonPropertyName("batch_size")] int BatchSize);

/// <summary>System.Text.Json source generation: the record's metadata without reflection.</summary>
[JsonSerializable(typeof(WarehouseSettings))]
public sealed partial class AotJsonContext : JsonSerializerContext;

/// <summary>The secrets this application reads.</summary>
[AirflowJsonContext(typeof(AotJsonContext))]
[AirflowVariable("retries", typeof(int))]
[AirflowVariable("enabled", typeof(bool))]
[AirflowVariable("ratio", typeof(double))]
[AirflowVariable("mode", typeof(LoadMode), Default = LoadMode.Append)]
[AirflowVariable("warehouse", typeof(WarehouseSettings))]
[AirflowVariable("timeout", typeof(TimeSpan), Default = "00:01:00")]
[AirflowVariable("start", typeof(DateOnly), Optional = true)]
[AirflowConnection("warehouse_db")]
public partial class AotSecrets
{
}
