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
public static class Seeder
{
    public static Task Seed(SecretClient client) =>
        client.SetSecretAsync("airflow-connections-warehouse", "R3dis#Cache9"); // expect: AFS101
}
