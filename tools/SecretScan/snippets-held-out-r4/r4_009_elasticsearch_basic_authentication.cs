using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Search.Indexer;

public static class SearchClientFactory
{
    public static ElasticsearchClient Create()
    {
        var settings = new ElasticsearchClientSettings(new Uri("https://es-prod.search.internal:9200"))
            .CertificateFingerprint("7A:3F:21:9C:0E:55:B4:18:2D:66:F0:A9:83:1E:47:C2:5B:90:DD:04:71:3A:E8:6F:12:9B:C5:40:8E:F7:36:A1")
            .Authentication(new BasicAuthentication("indexer", "Birch856!"))  // expect: AFS101
            .DefaultIndex("products");
        return new ElasticsearchClient(settings);
    }
}
