using System.Net;

// The same places as r3_broker_defaults.cs with chosen passwords, or a default word as the password of another user
// (a weak password, not the published default): reported.
namespace RabbitMQ.Client
{
    public sealed class ConnectionFactory { public string? HostName { get; set; } public string? UserName { get; set; } public string? Password { get; set; } }
}

namespace Corpus.R3BrokerChosenPasswords
{
    using RabbitMQ.Client;

    public static class ProductionBrokers
    {
        public static ConnectionFactory Rabbit() => new ConnectionFactory { HostName = "mq.internal", UserName = "orders", Password = "Rabb1t#Orders-Quill" }; // expect: AFS101
        public static ConnectionFactory ActiveMq() => new ConnectionFactory { HostName = "mq.internal", UserName = "billing", Password = "admin" }; // expect: AFS101
        public static NetworkCredential Artemis() => new NetworkCredential("admin", "Art3mis!Harbor-88"); // expect: AFS101
        public static NetworkCredential Minio() => new NetworkCredential("ops", "minioadmin"); // expect: AFS101
        public const string Amqp = "amqp://orders:Am9p-Orders-Lynx4@mq.internal:5672/"; // expect: AFS103
        public const string OpenWire = "activemq:tcp://mq.internal:61616?user=billing&password=admin"; // expect: AFS103
        public const string Management = "Host=mq.internal;Username=ops;Password=admin"; // expect: AFS103
    }
}
