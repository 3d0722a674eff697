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
public static class Http
{
    public const string ApiKeyHeader = "X-API-Key";
    public const string AuthorizationHeader = "Authorization";
    public static string Bearer(string token) => "Bearer " + token;
}
