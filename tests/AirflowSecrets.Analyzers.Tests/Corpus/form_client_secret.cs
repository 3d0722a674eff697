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
public static class Token
{
    public static string Body() => "grant_type=client_credentials&client_id=4d36221e-ce13-4549-15f3-c9c2860b4494&scope=https%3A%2F%2Fvault.azure.net%2F.default&client_secret=Winter2025%23"; // expect: AFS103
}
