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
public static class Versions
{
    public const string KeyId = "https://contoso-airflow.vault.azure.net/keys/signing-key/4f9c2a1b7e3d4c5f8a6b9c0d1e2f3a4b";
    public const string SecretUri = "https://contoso-airflow.vault.azure.net/secrets/airflow-connections-db/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    public const string ETag = "\"0x8DC5F2A1B3C4D5E\"";
    public const string RequestId = "6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f";
}
