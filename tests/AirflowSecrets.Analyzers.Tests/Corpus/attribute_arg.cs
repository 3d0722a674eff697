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
[AttributeUsage(AttributeTargets.Class)]
public sealed class ServiceAccountAttribute : Attribute {
    public ServiceAccountAttribute(string user, string password) { User = user; Password = password; }
    public string User { get; } public string Password { get; }
}
[ServiceAccount("svc_etl", "AttrPassw0rd!")] // expect: AFS101
public sealed class Job { }
