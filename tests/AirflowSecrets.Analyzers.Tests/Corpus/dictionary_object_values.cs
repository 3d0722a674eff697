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
    public static readonly Dictionary<string, object> Kwargs = new()
    {
        ["vault_url"] = "https://kv.vault.azure.net/",
        ["client_secret"] = "D1ct-0bject.Secret", // expect: AFS102
        ["variables_prefix"] = "airflow-variables",
    };
}
