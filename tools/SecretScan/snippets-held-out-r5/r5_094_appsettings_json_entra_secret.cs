using System.IO;
using System.Text;
using Microsoft.Extensions.Configuration;
public static class EmbeddedSettings
{
    private const string Json = "{\"AzureAd\":{\"Instance\":\"https://login.microsoftonline.com/\",\"ClientId\":\"8a3614a0-0998-4dbd-bfb7-742b03241d39\",\"ClientSecret\":\"20d2Q~ECw_fvqxWHIIHVYGgpQhqZ44xOHgR~dk4v\"}}"; // expect: secret
    public static IConfiguration Load() => new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Json))).Build();
}
