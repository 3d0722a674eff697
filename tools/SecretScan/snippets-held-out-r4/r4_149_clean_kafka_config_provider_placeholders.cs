using Confluent.Kafka;

namespace Events.Consumer;

public static class KafkaProps
{
    public static ConsumerConfig Build() => new(new Dictionary<string, string>
    {
        ["bootstrap.servers"] = "kafka-0.events:9093",
        ["security.protocol"] = "SASL_SSL",
        ["sasl.mechanism"] = "OAUTHBEARER",
        ["sasl.oauthbearer.client.id"] = "events-consumer",
        ["sasl.oauthbearer.client.secret"] = "${file:/mnt/secrets/kafka.properties:client.secret}",
        ["ssl.key.password"] = "${env:KAFKA_SSL_KEY_PASSWORD}",
        ["group.id"] = "events-consumer",
    });
}
