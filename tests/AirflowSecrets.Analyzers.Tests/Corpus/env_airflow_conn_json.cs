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
public static class Connections2
{
    public static void Set() =>
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_API", "{\"conn_type\": \"http\", \"host\": \"api.example.com\", \"login\": \"svc\", \"password\": \"Qx7-4783-zz\"}"); // expect: AFS103
}
