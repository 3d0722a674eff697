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
public static class Certificates
{
    public static X509Certificate2 Load() => X509CertificateLoader.LoadPkcs12FromFile("/etc/airflow/client.pfx", "Tr0ub4dor&3"); // expect: AFS101
}
