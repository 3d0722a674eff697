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
public sealed class CredentialTests {
    public void Uses_a_dummy() {
        var c = new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11", "fake-client-secret");
        var n = new NetworkCredential("user", "dummy");
        var p = new NetworkCredential("user", "changeme");
        GC.KeepAlive(c); GC.KeepAlive(n); GC.KeepAlive(p);
    }
}
