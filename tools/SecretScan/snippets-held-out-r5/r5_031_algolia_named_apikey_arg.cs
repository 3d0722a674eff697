using Algolia.Search.Clients;
public static class CatalogSearch
{
    public static SearchClient Admin() => new SearchClient(applicationId: "QX2JH81ZPA", apiKey: "399ff85066befa08f94ca60484541f1c"); // expect: AFS101
}
