using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

using System.Linq;
namespace Corpus;
public static class A {
    public static string Region() => Environment.GetEnvironmentVariable("AZURE_REGION") ?? "westeurope";
    public static string Secret() => Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? throw new InvalidOperationException("AZURE_CLIENT_SECRET is not set");
    public static string Secret2() => Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? string.Empty;
    public static string Pw(IConfiguration c) => c["Db:Password"] ?? "<set Db:Password>";
}
