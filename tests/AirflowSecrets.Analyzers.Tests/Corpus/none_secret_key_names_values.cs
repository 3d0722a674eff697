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
public static class EnvNames
{
    public static void Copy(ProcessStartInfo start)
    {
        start.Environment["AZURE_CLIENT_SECRET"] = Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET");
        start.Environment["AIRFLOW__CORE__FERNET_KEY"] = Environment.GetEnvironmentVariable("FERNET_KEY");
        start.Environment["AIRFLOW_CONN_WAREHOUSE"] = "postgres://etl@warehouse.internal:5432/dw";
        start.Environment["AIRFLOW_VAR_REGION"] = "westeurope";
    }
}
