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
public static class A {
    public const string Conn = "postgres://etl@db:5432/dw?sslmode=require&application_name=airflow_export_v2";
    public const string Wasb = "wasb://?extra__wasb__account_name=airflowlogs&extra__wasb__managed_identity_client_id=0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11";
    public const string Http = "https://api.example.com/v1/items?page_token=CAESBggBEAEYAQ&limit=100";
}
