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
#pragma warning disable CS0618
public static class Ropc
{
    public static UsernamePasswordCredential Create() =>
        new UsernamePasswordCredential("etl@contoso.com", "h7Fq-22kd-Lp0z", "7a119899-cbd4-f015-8c04-a7307f44faec", "4597e25e-f8db-29e1-9337-3eca69926718"); // expect: AFS101
}
