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
    public const string MapsUrl = "https://maps.example.com/embed?key=public-embed&zoom=4";
    public const string Form = "grant_type=client_credentials&scope=https%3A%2F%2Fvault.azure.net%2F.default&client_id=0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11";
}
