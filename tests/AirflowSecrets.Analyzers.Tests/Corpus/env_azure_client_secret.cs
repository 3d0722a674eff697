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
public static class Bootstrap
{
    public static void Configure()
    {
        Environment.SetEnvironmentVariable("AZURE_TENANT_ID", "7d441e76-5ae6-c012-2485-7530d5ff9e27");
        Environment.SetEnvironmentVariable("AZURE_CLIENT_ID", "bf9087cc-fca5-d0fa-2855-49ccde29fcb6");
        Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "Sup3rS3cret!"); // expect: AFS102
    }
}
