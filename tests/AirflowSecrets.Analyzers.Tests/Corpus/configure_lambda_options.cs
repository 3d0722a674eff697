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
public sealed class AzureAdOptions { public string? TenantId { get; set; } public string? ClientSecret { get; set; } }
public static class A {
    public static void Configure(Action<Action<AzureAdOptions>> configure) => configure(o =>
    {
        o.TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        o.ClientSecret = "Opt10ns.Lambda_Secret-3"; // expect: AFS101
    });
}
