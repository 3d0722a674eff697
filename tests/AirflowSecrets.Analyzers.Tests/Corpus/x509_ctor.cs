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
#pragma warning disable SYSLIB0057
    public static X509Certificate2 Load() => new X509Certificate2("/certs/client.pfx", "x509CtorPass!"); // expect: AFS101
#pragma warning restore SYSLIB0057
}
