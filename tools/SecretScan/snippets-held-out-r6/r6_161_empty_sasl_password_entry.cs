using Microsoft.Extensions.Configuration;

namespace Telemetry.Tests;

public static class KafkaConfig
{
    public static IConfiguration Anonymous() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = "localhost:9092",
            ["Kafka:SaslUsername"] = "",
            ["Kafka:SaslPassword"] = "",
        })
        .Build();
}
