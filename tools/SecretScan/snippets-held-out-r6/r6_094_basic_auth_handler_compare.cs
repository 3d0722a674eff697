using System.Net.Http.Headers;
using System.Text;

namespace Metrics.Endpoint;

public static class ScrapeAuth
{
    public static bool IsAuthorized(AuthenticationHeaderValue? header)
    {
        if (header is null || header.Scheme != "Basic" || header.Parameter is null) return false;
        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
        if (parts.Length != 2) return false;
        var (user, password) = (parts[0], parts[1]);
        return user == "prometheus" && string.Equals(password, "LhafCyhsx%nTL6M8U8", StringComparison.Ordinal); // expect: AFS101
    }
}
