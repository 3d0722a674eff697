using RabbitMQ.Client;

namespace Orders.Messaging;

public sealed class BusConnection : IDisposable
{
    private readonly IConnection _connection;

    public BusConnection()
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri("amqps://orders-svc:Xh4rbor-Lights@rabbit.prod.contoso.internal:5671/orders"), // expect: AFS103
            AutomaticRecoveryEnabled = true,
            ClientProvidedName = "orders-api",
        };
        _connection = factory.CreateConnection();
    }

    public IModel CreateChannel() => _connection.CreateModel();
    public void Dispose() => _connection.Dispose();
}
