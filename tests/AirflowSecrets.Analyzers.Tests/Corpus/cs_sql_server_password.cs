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
public static class Sql
{
    public const string ConnectionString = "Server=tcp:dw.database.windows.net,1433;Database=dw;User ID=etl;Password=h7Fq-22kd-Lp0z;Encrypt=True;"; // expect: AFS103
}
