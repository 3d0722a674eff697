using System;
using System.Net.Http;
public static class WeatherHttp
{
    public static HttpClient Create()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://api.weather-feed.test/") };
        http.DefaultRequestHeaders.Add("X-Api-Key", "9f2713e18924a244ee1fa97beb0b3c32"); // expect: AFS101
        return http;
    }
}
