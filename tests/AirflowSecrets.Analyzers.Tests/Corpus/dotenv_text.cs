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
public static class DotEnv
{
    public const string Contents = "AZURE_TENANT_ID=0ad3f4fe-034c-008d-71f4-92caeff38c52\nAZURE_CLIENT_ID=13b4baa4-0410-7f84-e6e4-99b0d3b6e8a6\nAZURE_CLIENT_SECRET=Winter2025#\n"; // expect: AFS102
}
