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

namespace Corpus;
public sealed class Tests {
    public void Configure() {
        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "test-secret");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_DB", "postgres://user:password@localhost/db");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_DB2", "postgres://user:xxxxxx@localhost/db");
    }
}
