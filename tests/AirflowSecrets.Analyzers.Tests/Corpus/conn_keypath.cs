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
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_GCP", "google-cloud-platform://?extra__google_cloud_platform__key_path=%2Fkeys%2Fsa.json");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_AZURE_DEFAULT", "azure://?extra__azure__managed_identity_client_id=0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11");
    }
}
