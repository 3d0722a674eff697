using Microsoft.Azure.Cosmos;

namespace Catalog.LocalDev;

public static class EmulatorClient
{
    // The Azure Cosmos DB emulator accepts only this fixed, published key.
    public const string ConnectionString = "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    public static CosmosClient Create() => new(ConnectionString, new CosmosClientOptions
    {
        HttpClientFactory = () => new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }),
        ConnectionMode = ConnectionMode.Gateway,
    });
}
