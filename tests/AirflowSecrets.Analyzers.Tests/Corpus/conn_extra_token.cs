using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

using System.Linq;
namespace Corpus;
public static class A {
    public static void Apply() => Environment.SetEnvironmentVariable("AIRFLOW_CONN_DBT_CLOUD", """{"conn_type": "dbt_cloud", "login": "12345", "extra": {"token": "dbtc_9f8e7d6c5b4a3f2e1d0c9b8a"}}"""); // expect: AFS103
}
