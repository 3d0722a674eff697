using BenchmarkDotNet.Attributes;

namespace AirflowSecrets.Benchmarks;

/// <summary>6. Connection parsing throughput and allocations.</summary>
[Config(typeof(FastConfig))]
[MemoryDiagnoser]
public class ConnectionParsingBenchmarks
{
    // Made-up connections; the values are what the parser must handle, not credentials.
    private readonly string _uri = string.Concat("postgres://etl:", "p%40ss", "@warehouse.internal:5432/dw?sslmode=require&application_name=airflow");
    private readonly string _json = string.Concat("{\"conn_type\": \"postgres\", \"host\": \"warehouse.internal\", \"login\": \"etl\", \"password\": \"", "p@ss", "\", \"port\": 5432, \"schema\": \"dw\", \"extra\": {\"sslmode\": \"require\"}}");

    [Benchmark(Description = "Parse a URI connection")]
    public string? Uri() => AirflowConnection.Parse(_uri, "warehouse").Host;

    [Benchmark(Description = "Parse a JSON connection")]
    public string? Json() => AirflowConnection.Parse(_json, "warehouse").Host;

    [Benchmark(Description = "GetUri of a parsed connection")]
    public string RoundTrip() => AirflowConnection.Parse(_uri, "warehouse").GetUri();
}
