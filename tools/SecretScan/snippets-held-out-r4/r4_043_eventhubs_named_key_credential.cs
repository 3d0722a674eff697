using Azure;
using Azure.Messaging.EventHubs.Producer;

namespace Clickstream;

public static class ProducerFactory
{
    public static EventHubProducerClient Create() =>
        new("clickstream-ns.servicebus.windows.net", "page-views",
            new AzureNamedKeyCredential("send-only", "xMC7OpaC+Ij5Ry3PtWfOTqTJRNTBZ4S7VjwVWqv2aI4="));  // expect: AFS101
}
