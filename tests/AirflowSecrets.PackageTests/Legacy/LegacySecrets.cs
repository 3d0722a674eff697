// Every kind of secret the attributes declare, at the language version of .NET Framework and .NET Standard 2.0
// projects (C# 7.3): compiled by the package test in a netstandard2.0 library and in a net462 application.
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirflowSecrets;

namespace Legacy
{
    /// <summary>How a load writes.</summary>
    public enum LoadMode
    {
        /// <summary>Adds rows.</summary>
        Append,

        /// <summary>Replaces the table.</summary>
        Replace,
    }

    /// <summary>A class read from JSON (by reflection here: nothing in these projects is trimmed).</summary>
    public sealed class Warehouse
    {
        /// <summary>The schema.</summary>
        public string Schema { get; set; }

        /// <summary>Rows per batch.</summary>
        public int BatchSize { get; set; }
    }

    /// <summary>Declares one secret of every kind, with and without Optional and Default.</summary>
    [AirflowVariable("text")]
    [AirflowVariable("text_default", Default = "fallback")]
    [AirflowVariable("text_optional", Optional = true)]
    [AirflowVariable("count", typeof(int), Default = 3)]
    [AirflowVariable("count_optional", typeof(int), Optional = true)]
    [AirflowVariable("batch", typeof(int?))]
    [AirflowVariable("tiny", typeof(sbyte), Default = -1)]
    [AirflowVariable("octet", typeof(byte))]
    [AirflowVariable("short_number", typeof(short), Optional = true)]
    [AirflowVariable("port", typeof(ushort), Default = 5432)]
    [AirflowVariable("unsigned", typeof(uint))]
    [AirflowVariable("big", typeof(long), Default = 10000000000L)]
    [AirflowVariable("bigger", typeof(ulong), Optional = true)]
    [AirflowVariable("factor", typeof(float), Default = 1.5f)]
    [AirflowVariable("ratio", typeof(double), Default = 0.25)]
    [AirflowVariable("price", typeof(decimal), Default = "12.50")]
    [AirflowVariable("enabled", typeof(bool), Default = true)]
    [AirflowVariable("initial", typeof(char), Optional = true)]
    [AirflowVariable("started", typeof(DateTime), Default = "2024-01-01T00:00:00Z")]
    [AirflowVariable("since", typeof(DateTimeOffset), Default = "2024-01-01T00:00:00+00:00")]
    [AirflowVariable("timeout", typeof(TimeSpan), Default = "00:05:00")]
    [AirflowVariable("run_id", typeof(Guid), Default = "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [AirflowVariable("endpoint", typeof(Uri), Optional = true)]
    [AirflowVariable("mode", typeof(LoadMode), Default = LoadMode.Replace)]
    [AirflowVariable("modes", typeof(LoadMode[]), Optional = true)]
    [AirflowVariable("tags", typeof(string[]))]
    [AirflowVariable("targets", typeof(List<string>), Optional = true)]
    [AirflowVariable("ids", typeof(IReadOnlyList<Guid>), Optional = true)]
    [AirflowVariable("numbers", typeof(HashSet<int>), Optional = true)]
    [AirflowVariable("limits", typeof(Dictionary<string, long>), Optional = true)]
    [AirflowVariable("weights", typeof(IReadOnlyDictionary<string, double?>), Optional = true)]
    [AirflowVariable("raw", typeof(JsonElement), Optional = true)]
    [AirflowVariable("node", typeof(JsonNode), Optional = true)]
    [AirflowVariable("warehouse", typeof(Warehouse), Optional = true)]
    [AirflowVariable("bucket", Team = "analytics")]
    [AirflowVariable("3d_model", Name = "Model3D", Optional = true)]
    [AirflowConnection("warehouse_db")]
    [AirflowConnection("metrics_api", Optional = true)]
    [AirflowConnection("team_db", Team = "analytics", Optional = true)]
    [AirflowConfig("sql_alchemy_conn")]
    [AirflowConfig("parallelism", Default = "32")]
    [AirflowConfig("fernet_key", Optional = true)]
    public partial class LegacySecrets
    {
    }
}
