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
public static class KwargsOk
{
    public static void Set() => Environment.SetEnvironmentVariable(
        "AIRFLOW__SECRETS__BACKEND_KWARGS",
        """{"connections_prefix": "airflow-connections", "variables_prefix": "airflow-variables", "vault_url": "https://contoso-airflow.vault.azure.net/"}""");
}
