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
public static class Runtime
{
    public static string Connection(string host, string password) => $"Server={host};User Id=etl;Password={password};";
    public static string Uri(string password) => "postgres://etl:" + password + "@db/dw";
}
