using System;
using System.Net;
using System.Net.Http;
public static class CameraSnapshot
{
    public static HttpClient Create()
    {
        var cache = new CredentialCache();
        cache.Add(new Uri("http://10.20.30.41/"), "Digest", new NetworkCredential("viewer", "LGNGMtDBDHlSBDEe7")); // expect: AFS101
        return new HttpClient(new HttpClientHandler { Credentials = cache });
    }
}
