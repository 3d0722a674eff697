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
public static class JsonNoPassword
{
    public static void Set() => Environment.SetEnvironmentVariable(
        "AIRFLOW_CONN_METRICS",
        "{\"conn_type\": \"http\", \"host\": \"metrics.internal\", \"extra\": {\"timeout\": 30}}");
}
