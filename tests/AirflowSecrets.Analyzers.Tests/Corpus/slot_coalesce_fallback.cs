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
public static class CredentialFactory
{
    public static ClientSecretCredential Create(string tenant, string client) =>
        new ClientSecretCredential(tenant, client,
            Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? "Winter2025#"); // expect: AFS101
}
