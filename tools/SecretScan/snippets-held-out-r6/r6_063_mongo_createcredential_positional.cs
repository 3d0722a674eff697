using MongoDB.Driver;

namespace Reporting.Data;

public static class ReportingMongo
{
    public static IMongoDatabase Connect()
    {
        var settings = MongoClientSettings.FromUrl(new MongoUrl("mongodb://reports-db-0.internal:27017"));
        settings.Credential = MongoCredential.CreateCredential("admin", "reporting", "apT*v.Sxyc9M3u"); // expect: AFS101
        settings.ApplicationName = "reporting-worker";
        return new MongoClient(settings).GetDatabase("reporting");
    }
}
