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
public static class Names
{
    public const string ConnectionSecretName = "airflow-connections-metadata-db";
    public const string PasswordSecretName = "airflow-variables-smtp-password";
    public const string ClientSecretVariable = "AZURE_CLIENT_SECRET";
    public const string ClientSecretKey = "AzureAd:ClientSecret";
    public const string FormField = "client_secret";
}
