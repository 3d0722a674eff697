using Microsoft.Azure.Cosmos;

namespace Reviews.Tests;

public static class CosmosEmulator
{
    public const string Endpoint = "https://localhost:8081/";
    public const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    public static CosmosClient Create() => new(Endpoint, Key);
}
