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
public static class AirflowUris
{
    public static readonly Uri Warehouse = new Uri("postgres://etl:pg_Pass_8812@warehouse.internal:5432/dw"); // expect: AFS103
}
