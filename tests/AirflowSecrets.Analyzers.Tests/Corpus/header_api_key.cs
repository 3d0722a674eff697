using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
public static class PartnerApi
{
    public static System.Net.Http.HttpClient Client()
    {
        var client = new System.Net.Http.HttpClient();
        client.DefaultRequestHeaders.Add("x-api-key", "h2R8PZv1qhG0r0YSl62Qh0VpTPlotwfn"); // expect: AFS101
        return client;
    }
}
