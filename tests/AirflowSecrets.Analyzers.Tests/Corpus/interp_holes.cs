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

namespace Corpus;
public static class A {
    private const string Host = "dw.internal";
    public static string Cs(string pw) => $"Host={Host};Username=etl;Password={pw};Database=dw";
    public static string Uri(string user, string pw) => "postgres://" + user + ":" + pw + "@" + Host + "/dw";
}
