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
public static class Runner
{
    public static ProcessStartInfo Task()
    {
        var start = new ProcessStartInfo("airflow", "tasks run etl extract 2025-01-01");
        start.Environment["AZURE_CLIENT_ID"] = "738a2f9b-0241-ad69-0ea1-91e8fe5254cb";
        start.Environment["AZURE_CLIENT_SECRET"] = "Tr0ub4dor&3"; // expect: AFS102
        return start;
    }
}
