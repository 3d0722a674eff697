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
public static class Msal
{
    public static IConfidentialClientApplication Build() =>
        ConfidentialClientApplicationBuilder.Create("c64e73af-66d6-65c2-8fe7-36f1ee55080a")
            .WithClientSecret("s3rv1ce-acct-77") // expect: AFS101
            .Build();
}
