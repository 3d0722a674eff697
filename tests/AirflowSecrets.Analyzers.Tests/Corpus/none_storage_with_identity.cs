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
public static class StorageIdentity
{
    public static Uri Account() => new Uri("https://airflowlogs.blob.core.windows.net/");
    public static DefaultAzureCredential Credential() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = "11111111-2222-3333-4444-555555555555" });
}
