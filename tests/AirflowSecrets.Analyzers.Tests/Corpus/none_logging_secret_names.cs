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
public static class Log
{
    public static string Message(string name) => string.Format("Loaded secret {0} from Key Vault", name);
    public static readonly string[] Required = { "airflow-connections-warehouse", "airflow-variables-api-token", "airflow-config-sql-alchemy-conn" };
}
