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
public static class Cache
{
    public static string Configuration => "airflow-cache.redis.cache.windows.net:6380,password=r60fpFSX+IuLGph7/5k6kpiU+DnMxlI3rFEFYzQzVH8=,ssl=True,abortConnect=False"; // expect: AFS103
}
