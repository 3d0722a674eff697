using MongoDB.Driver;

namespace Reporting.Export;

public static class MongoSettingsFactory
{
    public static MongoClient Build()
    {
        var settings = new MongoClientSettings
        {
            Servers = new[] { new MongoServerAddress("mongo-rs0-0.reporting", 27017), new MongoServerAddress("mongo-rs0-1.reporting", 27017) },
            ReplicaSetName = "rs0",
            Credential = MongoCredential.CreateCredential("admin", "report_reader", "65R8SrDE*eae9Vnq"),  // expect: AFS101
            UseTls = true,
        };
        return new MongoClient(settings);
    }
}
