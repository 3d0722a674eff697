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
    public static IConfidentialClientApplication App() => ConfidentialClientApplicationBuilder
        .Create("0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11")
        .WithClientSecret("M7f8Q~Vb2.Nc3_Xd4-Ye5Zf6Ag7Bh8Ci9Dj0Ek1Fl") // expect: AFS101
        .WithAuthority("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47")
        .Build();
}
