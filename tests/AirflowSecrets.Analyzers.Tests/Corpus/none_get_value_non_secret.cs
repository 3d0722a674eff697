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
public static class Tuning
{
    public static int Retries(IConfiguration configuration) => configuration.GetValue("Airflow:Retries", 3);
    public static string Region(IConfiguration configuration) => configuration.GetValue("Azure:Region", "westeurope")!;
}
