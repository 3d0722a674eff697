using System.Net.Http;
public static class ProfileRequests
{
    public static HttpRequestMessage Me()
    {
        var req = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        req.Headers.Add("X-Session", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3bmhsc0Z6ZDIyIiwiaXNzIjoiaHR0cHM6Ly9pZC5ocGFka2UudGVzdCIsImlhdCI6MTcwNzI3MjQ1N30.we7Syq3QiGjNYFM54tBAcGgc3dssrKN5D_9AiWv1c10"); // expect: AFS104
        return req;
    }
}
