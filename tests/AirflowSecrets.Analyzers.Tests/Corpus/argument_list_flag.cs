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
public static class Args
{
    public static ProcessStartInfo Start()
    {
        var start = new ProcessStartInfo("airflow");
        start.ArgumentList.Add("users");
        start.ArgumentList.Add("--password=n0t-a-g00d-1dea"); // expect: AFS102
        return start;
    }
}
