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
public static class Export
{
    public static Uri Target() => new Uri("https://airflowlogs.blob.core.windows.net/exports/run.csv?sv=2022-11-02&ss=b&srt=o&sp=rw&se=2026-12-31T00:00:00Z&sig=HXx%2F7Pz%2BzKrkQP6AUM7L2d4XeltrzQyu5yDT9%2B2MbUk%3D"); // expect: AFS103
}
