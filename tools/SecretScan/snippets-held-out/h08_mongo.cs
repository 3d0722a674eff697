using MongoDB.Driver;
public class Repo
{
    private readonly MongoClient _client = new MongoClient("mongodb+srv://appuser:Qw3rty!9Lm@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority"); // expect: AFS103
}
