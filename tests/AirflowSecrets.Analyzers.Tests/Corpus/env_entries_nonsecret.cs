using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
public static class A {
    public static void Apply() {
        Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND", "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend");
        Environment.SetEnvironmentVariable("AIRFLOW_VAR_PARTITION_KEY", "event_date");
        Environment.SetEnvironmentVariable("AIRFLOW_VAR_SORT_KEY", "created_at_utc_2026");
        Environment.SetEnvironmentVariable("AZURE_CLIENT_CERTIFICATE_PATH", "/etc/certs/sp.pem");
        Environment.SetEnvironmentVariable("AZURE_FEDERATED_TOKEN_FILE", "/var/run/secrets/azure/tokens/azure-identity-token");
    }
}
