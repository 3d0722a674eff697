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
public static class HostDefaults
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:ClientSecretName"] = "airflow-aad-client-secret",
            ["KeyVault:Url"] = "https://contoso-airflow.vault.azure.net/",
        })
        .Build();
}
