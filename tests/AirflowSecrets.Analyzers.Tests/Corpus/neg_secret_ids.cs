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
    public static readonly Uri SecretId = new("https://kv-prod.vault.azure.net/secrets/airflow-connections-warehouse");
    public const string ClientSecretExpiry = "2027-06-30";
    public const string ClientSecretKeyId = "5b6c7d8e-9f00-1122-3344-556677889900";
}
