using Microsoft.Extensions.Configuration;

namespace Companion.Settings;

public sealed class MediaServerSettings
{
    public MediaServerSettings(IConfiguration configuration)
    {
        var fromConfig = configuration["Media:ApiKey"] ?? "c007eda8f55a6102c9898baf0a0bb8f7"; // expect: AFS102
        BaseUrl = configuration["Media:BaseUrl"] ?? "http://localhost:8096";
        Client = new MediaClient(new Uri(BaseUrl), fromConfig);
    }

    public string BaseUrl { get; }
    public MediaClient Client { get; }
}
