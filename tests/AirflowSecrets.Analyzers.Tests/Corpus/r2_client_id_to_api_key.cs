using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
// A client id is the public half of an OAuth client, also where a service wants it in its api-key header.
public static class TraktProxy {
    private const string ClientId = "8e31c4f0a9b27d65e1f4c3a2b0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1";
    private const string ClientSecret = "1f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071"; // expect: AFS101
    public static void Headers(HttpClient client, Dictionary<string, string> headers) {
        client.DefaultRequestHeaders.Add("trakt-api-key", ClientId);
        headers["trakt-api-key"] = ClientId;
        headers["x-api-key"] = "Zq4Wm8Xn2Lp6Tv9Rb3Kc7Jd5"; // expect: AFS102
    }
}
