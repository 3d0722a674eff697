using RabbitMQ.Client;

namespace Billing.Events;

public static class BusConnection
{
    public static IConnection Open()
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri("amqps://billing:LXuRlYoJLET_h30eQz@b-4e1c.mq.eu-west-1.amazonaws.com:5671/billing"), // expect: AFS103
            AutomaticRecoveryEnabled = true,
        };
        return factory.CreateConnection();
    }
}
