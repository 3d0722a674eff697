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
public static class Named
{
    public static void Configure() => Environment.SetEnvironmentVariable(value: "Kx9!mQ2#vL", variable: "AZURE_CLIENT_SECRET"); // expect: AFS102
}
