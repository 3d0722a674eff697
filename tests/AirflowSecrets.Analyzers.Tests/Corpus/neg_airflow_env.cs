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

using System.Linq;
namespace Corpus;
public static class A {
    public static void Apply() {
        Environment.SetEnvironmentVariable("AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER", "wasb://logs@airflowlogs.blob.core.windows.net");
        Environment.SetEnvironmentVariable("AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID", "wasb_default");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_AZURE_DEFAULT", "azure://?extra__azure__key_path=%2Fkeys%2Fsp.json");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_HTTP_DEFAULT", "http://user:@api.example.com");
        Environment.SetEnvironmentVariable("AIRFLOW_VAR_SECRET_NAME", "airflow-connections-warehouse");
        Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"vault_url\": \"https://kv.vault.azure.net/\", \"connections_prefix\": \"airflow-connections\"}");
    }
}
