using Azure.Messaging.ServiceBus;

namespace Orders.Worker;

public static class Bus
{
    public static ServiceBusClient Create() => new(
        "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=By51e9Ndh2VBRGi451fifLjv6WJmtDBdnU5BlfVzYII="); // expect: AFS103
}
