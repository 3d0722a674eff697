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

using System.Linq;
namespace Corpus;
public static class A {
    public static IConfidentialClientApplication App() {
        const string secret = "Msal-C0nst.Local_Secret";  // expect: AFS101
        return ConfidentialClientApplicationBuilder.Create("0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11").WithClientSecret(secret).Build();
    }
}
