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
public static class Bootstrap2
{
    public static void Configure() => Environment.SetEnvironmentVariable("AZURE_PASSWORD", "pg_Pass_8812"); // expect: AFS102
}
