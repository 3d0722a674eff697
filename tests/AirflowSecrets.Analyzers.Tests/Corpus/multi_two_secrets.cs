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
public static class Multi
{
    public static ClientSecretCredential Credential() => new ClientSecretCredential("2e1e17b7-5704-6540-b1c8-1037c913b3f8", "84c91a72-e11a-426c-60aa-7d0dafba749f", "Kx9!mQ2#vL"); // expect: AFS101
    public static string Connection() => "Server=db;User Id=sa;Password=Adm1n@Prod;"; // expect: AFS103
    public static string Name() => "airflow-connections-metadata-db";
}
