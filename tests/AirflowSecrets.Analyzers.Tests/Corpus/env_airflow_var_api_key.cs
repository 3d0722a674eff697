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
public static class Vars
{
    public static void Configure() => Environment.SetEnvironmentVariable("AIRFLOW_VAR_PARTNER_API_KEY", "SMfDBG3pyh6MAXcM9QeFhX8Bj0Mk"); // expect: AFS102
}
