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
    private const string Secret = "Kw4rgs-C0ncat.Secret"; // expect: AFS101
    public static void Apply() => Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"vault_url\": \"https://kv.vault.azure.net/\", \"client_secret\": \"" + Secret + "\"}");
}
