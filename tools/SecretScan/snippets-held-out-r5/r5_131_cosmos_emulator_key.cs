using Microsoft.Azure.Cosmos;
public static class CosmosLocal
{
    public static CosmosClient Client() => new CosmosClient("https://localhost:8081",
        "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==");
}
