using System;
using System.Net.Http;
using System.Text;
public sealed class LegacyErpClient
{
    public HttpRequestMessage Build(string path)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, path);
        req.Headers.TryAddWithoutValidation("Authorization",
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("erp_sync:miOO9dvvs1CdEtZi9H"))); // expect: AFS101
        return req;
    }
}
