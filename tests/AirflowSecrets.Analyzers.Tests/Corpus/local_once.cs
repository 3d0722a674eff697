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
    public static TokenCredential Make() {
        var secret = "L0calOnce_Secret.Value"; // expect: AFS101
        var tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        return new ClientSecretCredential(tenant, "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11", secret);
    }
}
