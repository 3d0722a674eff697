namespace Airflow.Dags.Tests;

public sealed class S3SensorTests
{
    [Fact]
    public void Sensor_uses_default_aws_connection()
    {
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_AWS_DEFAULT",
            "aws://AKIAFDAF4SOWPID7BBX7:5rvecmsFYh954TBHUyiEevKTTinVH%2FkzsnpDrDU1@/?region_name=eu-west-1");  // expect: AFS103
        var sensor = new S3KeySensorRunner("raw-landing", "events/2024/*.parquet");
        Assert.Equal("aws_default", sensor.ConnectionId);
    }
}
