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
public static class PlainUris
{
    public const string Warehouse = "postgres://etl@warehouse.internal:5432/dw";
    public const string Docs = "https://airflow.apache.org/docs/apache-airflow-providers-microsoft-azure/stable/secrets-backends/azure-key-vault.html";
    public const string Wasb = "wasb://logs@airflowlogs.blob.core.windows.net/";
    public const string Redis = "redis://broker:6379/0";
}
