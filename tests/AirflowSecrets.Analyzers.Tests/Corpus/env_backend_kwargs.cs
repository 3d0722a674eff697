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
public static class Kwargs
{
    public static void Set() =>
        Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS",
            """{"connections_prefix": "airflow-connections", "vault_url": "https://v.vault.azure.net/", "tenant_id": "69adfcdd-b6d1-115e-94b0-366d9ffb4fc2", "client_id": "903885e7-2f62-af9a-3184-bff61535ade8", "client_secret": "Winter2025#"}"""); // expect: AFS103
}
