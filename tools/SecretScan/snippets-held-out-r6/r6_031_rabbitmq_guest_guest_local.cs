using RabbitMQ.Client;

namespace Shipping.Tests;

public static class LocalBroker
{
    public static ConnectionFactory Factory() => new()
    {
        HostName = "localhost",
        UserName = "guest",
        Password = "guest",
    };
}
