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
public sealed class VaultTests {
    public void Arrange() {
        var network = new NetworkCredential("svc", "Winter2026!Prod"); // expect: AFS101
        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "Xk3h.9f_Lm2-Qp7rZs8tUv1wYx4Az6Bc0De"); // expect: AFS102
        GC.KeepAlive(network);
    }
}
