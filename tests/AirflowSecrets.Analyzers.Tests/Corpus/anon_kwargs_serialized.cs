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
    public static void Apply() => Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS",
        System.Text.Json.JsonSerializer.Serialize(new { vault_url = "https://kv.vault.azure.net/", client_id = "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11", client_secret = "An0n-Kwargs.Secret" })); // expect: AFS101
}
