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
public static class Dag
{
    public const string DagId = "etl_daily_warehouse_load";
    public const string TaskId = "extract_orders";
    public const string ConnId = "postgres_default";
    public const string SecretConnId = "azure_key_vault_secret_conn";
}
