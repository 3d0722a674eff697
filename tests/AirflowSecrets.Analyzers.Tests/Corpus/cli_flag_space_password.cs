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
public static class Bootstrap
{
    public static Process CreateAdmin() =>
        Process.Start("airflow", "users create --username admin --role Admin --email admin@example.com --password Adm1n-Pass-2026")!; // expect: AFS102
}
