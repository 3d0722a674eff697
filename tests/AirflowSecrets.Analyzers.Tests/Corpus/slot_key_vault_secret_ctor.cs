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
public static class Seeder2
{
    public static KeyVaultSecret Make() => new KeyVaultSecret("airflow-variables-api-token", "Tr0ub4dor&3"); // expect: AFS101
}
