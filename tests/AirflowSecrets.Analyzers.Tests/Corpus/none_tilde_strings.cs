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
public static class Tildes
{
    public const string HomePath = "~/airflow/dags";
    public const string Pattern = "abc8Q~";
    public const string Approx = "Q~ approximately 42 runs per day, give or take a few";
}
