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
    public const string Claim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string Grant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    public const string Assertion = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
}
