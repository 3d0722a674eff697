using MongoDB.Driver;

namespace Reviews.Data;

public static class ReviewsDb
{
    private static readonly Lazy<MongoClient> Client = new(() =>
        new MongoClient("mongodb+srv://reviews-app:zzwZafxUaXQx4h8.2b@cluster0.x7kqe.mongodb.net/?retryWrites=true&w=majority")); // expect: AFS103

    public static IMongoDatabase Database => Client.Value.GetDatabase("reviews");
}
