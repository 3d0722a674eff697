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
public static class A { public static void Apply() => Environment.SetEnvironmentVariable("AIRFLOW_VAR_PARTNER", "{\"url\": \"https://partner.example.com\", \"api_key\": \"V4r-Js0n-Api-K3y-77\"}"); } // expect: AFS103
