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
public static class FromEnvironment
{
    public static ClientSecretCredential Create() => new ClientSecretCredential(
        Environment.GetEnvironmentVariable("AZURE_TENANT_ID")!,
        Environment.GetEnvironmentVariable("AZURE_CLIENT_ID")!,
        Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET")!);
}
