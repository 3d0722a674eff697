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
public static class Connections
{
    public static void Set() =>
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE_DB", "postgres://etl:Tr0ub4dor%263@warehouse.internal:5432/dw"); // expect: AFS103
}
