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
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceAccountAttribute : Attribute
{
    public ServiceAccountAttribute(string user, string password) { User = user; Password = password; }
    public string User { get; }
    public string Password { get; }
}

public static class Jobs
{
    [ServiceAccount("etl-runner", "Kx9!mQ2#vL")] // expect: AFS101
    public static void Run() { }
}
