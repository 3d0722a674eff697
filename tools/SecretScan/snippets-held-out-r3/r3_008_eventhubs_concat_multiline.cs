using Azure.Messaging.EventHubs.Producer;

namespace Telemetry;

internal static class Producer
{
    private const string ConnectionString =
        "Endpoint=sb://telemetry-weu.servicebus.windows.net/;" +
        "SharedAccessKeyName=ingest;" +
        "SharedAccessKey=SQXz5rUW7YAXd5rfKu8gWX95mRVLWVmF/QKbaKMn7l4=;" + // expect: AFS103
        "EntityPath=device-telemetry";

    public static EventHubProducerClient Create() => new EventHubProducerClient(ConnectionString);
}
