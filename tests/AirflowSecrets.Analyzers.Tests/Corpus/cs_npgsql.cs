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
public static class Pg
{
    public static string Connection() => "Host=metadata-db;Port=5432;Username=airflow;Password=Tr0ub4dor&3;Database=airflow"; // expect: AFS103
}
