using Azure.Messaging.ServiceBus;
public static class OrderEvents
{
    private const string Connection = "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=NXF7IMz4qJOjPUhIF1fjvF7htqhsrT0VQD096kv4vnw="; // expect: AFS103
    public static ServiceBusClient Client() => new ServiceBusClient(Connection);
}
