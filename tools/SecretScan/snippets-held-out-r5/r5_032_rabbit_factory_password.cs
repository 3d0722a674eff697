using RabbitMQ.Client;
public static class BusConnection
{
    public static ConnectionFactory Factory() => new ConnectionFactory
    {
        HostName = "rabbit-01.orders.internal",
        VirtualHost = "orders",
        UserName = "orders-publisher",
        Password = "!J+sBq6Z533ivW", // expect: AFS101
    };
}
