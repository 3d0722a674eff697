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
    public static void Login(dynamic smtp, string user, string password) => smtp.Authenticate(user, password);
    public static void Login2(dynamic smtp, object credentials) => smtp.Authenticate(credentials);
    public static void Send(dynamic client) => client.Send("alerts@example.com", "Airflow DAG failed: export_warehouse_daily");
}
