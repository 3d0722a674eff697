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
    public const string Variables = """{"environment": "prod", "batch_size": "5000", "secret_name": "airflow-sp"}""";
    public const string Connections = """{"spark": {"conn_type": "spark", "host": "spark://master", "port": 7077, "extra": {"deploy-mode": "cluster"}}}""";
    public const string Yaml = """
        warehouse:
          conn_type: postgres
          host: dw.internal
          login: etl
        """;
}
