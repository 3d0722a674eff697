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
    public static FormUrlEncodedContent Body() => new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11",
        ["client_secret"] = "F0rmP0st.Secret_Value-123", // expect: AFS102
        ["scope"] = "https://vault.azure.net/.default",
    });
}
