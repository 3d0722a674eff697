using RabbitMQ.Client;
public static class DevBus
{
    public static ConnectionFactory Factory() => new ConnectionFactory { HostName = "localhost", UserName = "guest", Password = "guest" };
}
