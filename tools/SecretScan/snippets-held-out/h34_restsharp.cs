using RestSharp;
public static class Payments
{
    public static RestClient Create()
    {
        var client = new RestClient("https://api.payments.example.com");
        client.AddDefaultHeader("Authorization", "Bearer pk_9aZ3xQ7mL2vR8tN4bY6cH1dJ5fG0kW3e"); // expect: AFS101
        return client;
    }
}
