using MongoDB.Driver;

namespace Reporting.Storage;

public static class MongoSetup
{
    public static IMongoDatabase Connect()
    {
        var client = new MongoClient("mongodb+srv://svc_reporting:Qz7uWmPc2Ht9@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority&appName=reporting"); // expect: AFS103
        return client.GetDatabase("reporting");
    }
}
