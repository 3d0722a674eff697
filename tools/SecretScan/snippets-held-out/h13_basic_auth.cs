using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
public static class Api
{
    public static HttpClient Create()
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes("svc-reporting:R3p0rt!ng$2024"))); // expect: AFS101
        return client;
    }
}
