using System.Net.Http.Headers;
using System.Text;

namespace Dashboards.Export;

public sealed class GrafanaClient
{
    private const string User = "grafana-reader";

    public HttpRequestMessage Build(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://grafana.ops.internal/api/" + path);
        var raw = Encoding.ASCII.GetBytes($"{User}:j#qvoh4D_z.0Jw"); // expect: AFS101
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        return request;
    }
}
