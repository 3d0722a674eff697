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
    public const string Cert = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3Jl\n-----END CERTIFICATE-----";
    public const string AppInsights = "InstrumentationKey=0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/";
    public const string Sql = "Server=sql01;Database=dw;User ID=etl;Password=";
}
