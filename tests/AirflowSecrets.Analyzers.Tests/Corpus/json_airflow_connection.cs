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
public static class JsonConnections
{
    public const string Warehouse = """{"conn_type": "postgres", "host": "warehouse.internal", "login": "etl", "password": "Adm1n@Prod", "port": 5432, "schema": "dw"}"""; // expect: AFS103
}
