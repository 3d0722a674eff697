using System.Net;

// The published default accounts of local brokers and emulators, whose password is the user name: RabbitMQ's
// guest/guest, ActiveMQ's admin/admin, ActiveMQ Artemis' artemis/artemis, MinIO's minioadmin/minioadmin, LocalStack's
// test/test. Written beside the same user name (an initializer, a call's arguments, a connection or query string) they
// are the documented default, not a secret. r3_broker_chosen_passwords.cs keeps chosen passwords under the same names reported.
namespace RabbitMQ.Client
{
    public sealed class ConnectionFactory { public string? HostName { get; set; } public string? UserName { get; set; } public string? Password { get; set; } }
}

namespace Corpus.R3BrokerDefaults
{
    using RabbitMQ.Client;

    public static class LocalBrokers
    {
        public static ConnectionFactory Rabbit() => new ConnectionFactory { HostName = "localhost", UserName = "guest", Password = "guest" };
        public static ConnectionFactory ActiveMq() => new ConnectionFactory { HostName = "localhost", UserName = "admin", Password = "admin" };
        public static NetworkCredential Artemis() => new NetworkCredential("artemis", "artemis");
        public static NetworkCredential Minio() => new NetworkCredential("minioadmin", "minioadmin");
        public static NetworkCredential LocalStack() => new NetworkCredential("test", "test");
        public const string Amqp = "amqp://guest:guest@localhost:5672/";
        public const string OpenWire = "activemq:tcp://localhost:61616?user=admin&password=admin";
        public const string Management = "Host=localhost;Username=admin;Password=admin";
    }
}
