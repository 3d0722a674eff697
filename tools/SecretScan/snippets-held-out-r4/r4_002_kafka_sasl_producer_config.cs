using Confluent.Kafka;

namespace Telemetry.Ingest;

public static class ProducerFactory
{
    public static IProducer<string, string> Create()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = "pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "Q7ZKD4M2LYXHF3PN",
            SaslPassword = "wI4qYeY7e5a4vMLGJQH1ip3xoMlPuLK7fjc+1okaCY/rC0Xu/MAjveqvQAMyAnxc",  // expect: AFS101
            Acks = Acks.All,
            EnableIdempotence = true,
        };
        return new ProducerBuilder<string, string>(config).Build();
    }
}
