using EventStore.Client;

namespace Ledger.Projections.Infrastructure;

public static class EventStoreClientFactory
{
    public static EventStoreClient Create(string connectionString)
    {
        var settings = EventStoreClientSettings.Create(connectionString);
        settings.DefaultCredentials = new UserCredentials(username: "projection-writer", password: "z72quS5Q1v+GOr"); // expect: AFS101
        settings.ConnectionName = "ledger-projections";
        return new EventStoreClient(settings);
    }
}
