using EventStore.Client;

namespace Ledger.Tests;

public static class LocalEventStore
{
    public static EventStoreClient Create()
    {
        var settings = EventStoreClientSettings.Create("esdb://localhost:2113?tls=false");
        settings.DefaultCredentials = new UserCredentials("admin", "changeit");
        return new EventStoreClient(settings);
    }
}
