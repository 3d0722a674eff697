using Microsoft.Azure.Cosmos;

namespace Catalog.Data;

public static class CosmosClients
{
    public static CosmosClient Primary() =>
        new CosmosClient("AccountEndpoint=https://contoso-catalog.documents.azure.com:443/;AccountKey=yCr9Ow8CElNeZaZfEU1CoeAd7LvnIBSCMrmpF8bf9Xqgaur44Pv3Qxq/ZhIoJA4+rdBmZ0hUhTt6jgYW5az2YA==;"); // expect: AFS103

    public static CosmosClient ReadRegion() =>
        new CosmosClient(
            "https://contoso-catalog-northeurope.documents.azure.com:443/",
            "XI5ff0GVuDLkdbcI7257sjjVHIEqS1BCe36UXXd58Yx7MrkSVj/tzRTMwVgq+jZJXbr2ec1aYXo++K+FKQqUZA==", // expect: secret
            new CosmosClientOptions { ApplicationRegion = Regions.NorthEurope });
}
