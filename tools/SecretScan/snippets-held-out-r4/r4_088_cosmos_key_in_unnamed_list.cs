using Microsoft.Azure.Cosmos;

namespace Migration.Tool;

internal static class Regions
{
    private static readonly (string Endpoint, string Region)[] Accounts =
    {
        ("https://contoso-orders-weu.documents.azure.com:443/", "West Europe"),
        ("https://contoso-orders-neu.documents.azure.com:443/", "North Europe"),
    };

    private static readonly string[] Keys = { "wdG2i4ckhVYMzyC1JBoSq/pvHprQ+TkBCZ+X6y5DhGVAlBkZfpFQ1irjzwgZYLKVEGu9mS+nKoN12DQy7dDUdQ==" };  // expect: AFS104

    public static CosmosClient Primary() => new(Accounts[0].Endpoint, Keys[0], new CosmosClientOptions { ApplicationRegion = Accounts[0].Region });
}
