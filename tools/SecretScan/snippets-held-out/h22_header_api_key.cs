using System.Net.Http;
public static class Weather
{
    public static HttpClient Create()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-RapidAPI-Key", "9f8e7d6c5b4a39281706f5e4d3c2b1a0msh4c3b2a1908f7e6"); // expect: AFS101
        http.DefaultRequestHeaders.Add("X-RapidAPI-Host", "weatherapi-com.p.rapidapi.com");
        return http;
    }
}
