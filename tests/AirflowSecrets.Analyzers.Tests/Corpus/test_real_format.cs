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
    public void Uses_a_real_looking_secret() {
        var c = new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11", "Qw18Q~Er2Ty3Ui4Op5As6Df7Gh8Jk9Lz0Xc1Vb2Nm"); // expect: AFS101
        GC.KeepAlive(c);
    }
}
