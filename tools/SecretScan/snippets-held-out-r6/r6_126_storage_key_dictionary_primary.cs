namespace Media.Tests;

public static class AccountFixtures
{
    public static readonly IReadOnlyDictionary<string, string> MediaArtwork = new Dictionary<string, string>
    {
        ["name"] = "mediaartwork",
        ["primary"] = "ZhO9EuxitJI6YB/UicLGOBVDgYtzeTd0vOypdeCxkiWLjjJXqE4ThZJGS7/T0D+28a1xQ7hG3tf2ljaNCjjARw==", // expect: AFS104
    };
}
