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
public static class A {
    public static void Auth(HttpRequestMessage request) {
        request.Headers.Add("Ocp-Apim-Subscription-Key", "4f8e2a9c7b1d3e5f6a8b0c2d4e6f8a1b"); // expect: AFS101
        request.Headers.Add("api-key", "7d3c9b1a5e2f4d6c8b0a1e3f5d7c9b2a"); // expect: AFS101
        request.Headers.Add("x-ms-client-request-id", "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11");
    }
}
