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
    public static Exception Missing() => new InvalidOperationException("The password for the connection is not set; set AZURE_CLIENT_SECRET.");
    public const string Label = "Password:";
    public const string Field = "client_secret";
    public const string Grant = "grant_type=password&username=x";
}
