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
public static class AppConfig
{
    public static string Connection => "Endpoint=https://airflow-config.azconfig.io;Id=Ab12-l0-s0:Xyz;Secret=zvPQx0y9Tz4IpNAyIEml2BIA6mH1j3"; // expect: AFS103
}
