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
    public static TokenCredential Make() => new ClientSecretCredential("<tenant-id>", "<client-id>", "<your-client-secret>");
    public static string Cs => "Server=db;User Id=sa;Password=%DB_PASSWORD%";
    public static string Cs2 => "Server=db;User Id=sa;Password={0}";
    public static string Uri => "postgresql://airflow:${POSTGRES_PASSWORD}@db/airflow";
    public static string Jinja => "{{ conn.my_db.password }}";
}
