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
public sealed class VaultAccess
{
    private readonly SecretClient _client = new SecretClient(
        new Uri("https://contoso-airflow.vault.azure.net/"),
        new ClientSecretCredential("8c656018-eee3-8dc1-5c22-c46963e968fd", "3b9be05d-0e8e-2329-b260-9a0bdd2b7550", "Vwg8Q~P4-y9IUfpD011RvlQCy2dsxWWHNCC.I8VA")); // expect: AFS101
}
