using InfluxDB.Client;
using InfluxDB.Client.Writes;

namespace Metrics.Sink;

public sealed class InfluxWriter : IDisposable
{
    private readonly InfluxDBClient _client = new("https://influx.metrics.internal:8086", "8OoP1U-giYizYpDEKt4wdTl4wxEv4nW5lx_6uFVv08-SYjSTFobwjYgjrxb9M-LoDOGsRZOyWYKOtTKWIpiF_B==");  // expect: secret

    public void Write(string measurement, double value)
    {
        var point = PointData.Measurement(measurement).Field("value", value).Timestamp(DateTime.UtcNow, WritePrecision.Ms);
        _client.GetWriteApiAsync().WritePointAsync(point, "telemetry", "plant-ops");
    }

    public void Dispose() => _client.Dispose();
}
