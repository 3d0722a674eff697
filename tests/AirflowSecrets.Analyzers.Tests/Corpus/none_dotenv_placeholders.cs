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
public static class DotEnvTemplate
{
    public const string Contents = "AZURE_TENANT_ID=<tenant>\nAZURE_CLIENT_ID=<client>\nAZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}\n";
    public static readonly string[] Arguments = { "connections", "add", "warehouse", "--conn-password={{ var.value.pw }}" };
}
