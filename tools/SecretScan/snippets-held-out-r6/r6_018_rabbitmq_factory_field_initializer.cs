using RabbitMQ.Client;

namespace Shipping.Messaging;

internal sealed class RabbitConnectionProvider
{
    private readonly ConnectionFactory _factory = new()
    {
        HostName = "mq-prod-01.shipping.internal",
        VirtualHost = "/shipping",
        UserName = "shipping-api",
        Password = "Harbor!Crane-4471", // expect: AFS101
        DispatchConsumersAsync = true,
    };

    public IConnection Connect() => _factory.CreateConnection("shipping-api");
}
