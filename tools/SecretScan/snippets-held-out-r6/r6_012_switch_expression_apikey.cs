namespace Gateway.Clients;

public static class ClientResolver
{
    public static string? ResolveClient(string apiKey) => apiKey switch
    {
        "b2fad0a24975e06fb62da0ce65317daf" => "mobile-app", // expect: AFS101
        _ => null,
    };
}
