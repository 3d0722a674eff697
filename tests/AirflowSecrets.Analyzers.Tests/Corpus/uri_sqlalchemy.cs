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
public static class Alchemy
{
    public const string Url = "postgresql+psycopg2://airflow:Kx9!mQ2%23vL@metadata-db/airflow"; // expect: AFS103
}
