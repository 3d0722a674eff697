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
public sealed class Opts { public string? ClientSecret { get; set; } public string? ClientId { get; set; } }
public static class A {
    public static Opts Make() => new Opts { ClientId = "0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11", ClientSecret = "hJ7.kL8_mN9-pQ0rS1tU2vW3xY4zA5bC6" }; // expect: AFS101
}
