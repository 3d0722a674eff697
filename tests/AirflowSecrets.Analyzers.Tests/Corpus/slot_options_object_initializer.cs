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
public sealed class AzureAdOptions
{
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
}

public static class Defaults
{
    public static AzureAdOptions Create() => new AzureAdOptions
    {
        TenantId = "e5f25b6a-091c-547b-bf8e-aa53e9972e41",
        ClientId = "7861240d-6e3b-e66f-c8ce-4055b0686f39",
        ClientSecret = "Winter2025#", // expect: AFS101
    };
}
