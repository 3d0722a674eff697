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
    public static async Task Seed(SecretClient client) {
        await client.SetSecretAsync("airflow-variables-api-token", "tok_9b8a7c6d5e4f3a2b1c0d"); // expect: AFS101
        await client.SetSecretAsync(new KeyVaultSecret("airflow-connections-db", "postgresql://u:Pa55word!@h/db")); // expect: AFS101
    }
}
