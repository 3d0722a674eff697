using Azure.Messaging.ServiceBus;
public static class Bus
{
    public static ServiceBusClient Create() => new ServiceBusClient(
        "Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Hk2mQ9vL4xT7bN1pR5sW8yZ3cF6gJ0aD2eU4iO7kP1M="); // expect: AFS103
}
