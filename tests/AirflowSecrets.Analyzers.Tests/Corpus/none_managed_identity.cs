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
public static class Passwordless2
{
    public static SecretClient Client() => new SecretClient(new Uri("https://contoso-airflow.vault.azure.net/"), new DefaultAzureCredential());
    public static ManagedIdentityCredential Identity() => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId("11111111-2222-3333-4444-555555555555"));
}
