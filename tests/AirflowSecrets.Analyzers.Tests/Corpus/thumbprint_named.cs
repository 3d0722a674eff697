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
public sealed class CertOptions {
    public string Thumbprint { get; set; } = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";
    public string SecretName { get; set; } = "airflow-client-cert";
    public string KeyVaultSecretUri { get; set; } = "https://kv.vault.azure.net/secrets/client-cert/0123456789abcdef0123456789abcdef";
}
