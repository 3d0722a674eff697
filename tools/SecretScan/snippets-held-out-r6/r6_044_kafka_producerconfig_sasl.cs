using Confluent.Kafka;

namespace Telemetry.Ingest;

public sealed class ProducerFactory
{
    public IProducer<string, byte[]> Build() =>
        new ProducerBuilder<string, byte[]>(new ProducerConfig
        {
            BootstrapServers = "pkc-41wq6.westeurope.azure.confluent.cloud:9092",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "MTWE0XITWWH74V8Y",
            SaslPassword = "lr3n3VyS4TnZx3ryrIvz8nKAJIOBylUWeUWgmwY23UtN9NJbp5LDFkNl7vDQe98M", // expect: AFS101
            Acks = Acks.All,
        }).Build();
}
