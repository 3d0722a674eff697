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
public static class Composed
{
    private const string Prefix = "eRvHSU";
    private const string Secret = $"{Prefix}-9167"; // expect: AFS101

    public static ClientSecretCredential Create() => new ClientSecretCredential("865a2a3e-0ff7-c40d-11f0-34d42db136a5", "87e9d220-cfd5-f872-fb95-c97fae96da58", Secret);
}
