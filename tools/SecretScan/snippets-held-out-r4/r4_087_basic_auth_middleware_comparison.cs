using System.Text;

namespace Metrics.Endpoint;

public static class ScrapeAuth
{
    public static bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ")) return false;
        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
        var user = parts[0];
        var pass = parts.Length > 1 ? parts[1] : "";
        return user == "prometheus" && pass == "Harbor8934?";  // expect: AFS101
    }
}
