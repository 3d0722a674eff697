using System;
using RabbitMQ.Client;
public static class Billing
{
    public static ConnectionFactory Factory() => new ConnectionFactory
    {
        Uri = new Uri("amqps://billing:ueNpgqYgLdh7852DoTG5@mq.billing.internal:5671/billing"), // expect: AFS103
    };
}
