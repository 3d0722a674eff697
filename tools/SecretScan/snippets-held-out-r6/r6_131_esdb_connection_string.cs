using EventStore.Client;

namespace Ledger.Api;

public static class LedgerStore
{
    public static EventStoreClient Create() =>
        new(EventStoreClientSettings.Create("esdb://ledger-api:oilLnmI_GycxkTAxke@es-node1.internal:2113,es-node2.internal:2113?tls=true&nodePreference=leader")); // expect: AFS103
}
