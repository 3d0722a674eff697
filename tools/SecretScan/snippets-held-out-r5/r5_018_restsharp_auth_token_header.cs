using RestSharp;
public class TicketsApi
{
    private readonly RestClient _client = new RestClient("https://desk.supportly.test/api/v2");
    public RestRequest Open(int id)
    {
        var request = new RestRequest($"tickets/{id}");
        request.AddHeader("X-Auth-Token", "nCJ6gY9VJGpHhiJaRzNyiXXtgLZNvx157A1kRBth"); // expect: AFS101
        return request;
    }
}
