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
public static class NamesInCalls
{
    public static string? Read(IConfiguration configuration) =>
        Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? configuration["AzureAd:ClientSecret"];

    public static Task<Response<KeyVaultSecret>> Fetch(SecretClient client) => client.GetSecretAsync("airflow-connections-warehouse");
}
