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
public static class Endpoints
{
    public const string VaultUrl = "https://contoso-airflow.vault.azure.net/";
    public const string TokenEndpoint = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token";
    public const string Scope = "https://vault.azure.net/.default";
    public const string AuthorityHost = "https://login.microsoftonline.com/";
    public const string CertificatePath = "/var/run/secrets/airflow/client.pfx";
}
